import type { IntentInput } from "@idio-iac/intent-schema";
import { COMMON, num, str, type Template } from "./template.js";

/** Static files in a private bucket served by CloudFront with a certificate for the domain. */
export const staticWebsite: Template = {
  id: "static-website",
  title: "Static website",
  description:
    "A private S3 bucket behind CloudFront (origin access control, HTTPS, security headers).",
  monthlyCostUsd: { min: 10, max: 200 },
  parameters: [
    COMMON.name("website"),
    COMMON.domain("www.example.com"),
    {
      name: "rps",
      type: "number",
      description: "Peak requests per second.",
      default: 10,
      minimum: 1,
      maximum: 100_000,
    },
    {
      name: "transferGbPerMonth",
      type: "number",
      description: "Data served to visitors per month (GB).",
      default: 100,
      minimum: 0,
      maximum: 10_000_000,
    },
    {
      name: "siteSizeGb",
      type: "number",
      description: "Size of the site's files (GiB).",
      default: 2,
      minimum: 0.01,
      maximum: 10_000,
    },
    COMMON.budget(50),
    COMMON.alertEmail(),
  ],
  render(values): IntentInput {
    return {
      apiVersion: "idio.dev/v1",
      name: str(values, "name"),
      description: "Static website (IDIO template static-website).",
      environment: "production",
      region: "us-east-1",
      domain: str(values, "domain"),
      tiers: [
        {
          name: "site",
          type: "static-site",
          trafficPattern: "spiky",
          expectedRps: num(values, "rps"),
          dataSizeGb: num(values, "siteSizeGb"),
        },
      ],
      cost: {
        monthlyBudgetUsd: num(values, "monthlyBudgetUsd"),
        alertThreshold: 80,
        alertEmails: [str(values, "alertEmail")],
      },
      usage: { dataTransferOutGbPerMonth: num(values, "transferGbPerMonth") },
    };
  },
};
