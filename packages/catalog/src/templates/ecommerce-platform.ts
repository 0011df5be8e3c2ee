import type { IntentInput } from "@idio-iac/intent-schema";
import { COMMON, num, str, type Template } from "./template.js";

/** A PCI-DSS shop: seasonal storefront and API, Aurora, cache, WAF and a DR region. */
export const ecommercePlatform: Template = {
  id: "ecommerce-platform",
  title: "E-commerce platform",
  description:
    "Storefront and checkout API scaling for seasonal peaks, Aurora PostgreSQL across three AZs with a standby in the DR region, Redis sessions, WAF, PCI-DSS and SOC 2.",
  monthlyCostUsd: { min: 5000, max: 20_000 },
  parameters: [
    COMMON.name("shop"),
    COMMON.region(),
    {
      name: "drRegion",
      type: "string",
      description: "Disaster-recovery region.",
      default: "us-west-2",
      pattern: "^[a-z]{2}-[a-z]+-\\d$",
    },
    COMMON.domain("shop.example.com"),
    {
      name: "webRps",
      type: "number",
      description: "Peak requests per second to the storefront.",
      default: 500,
      minimum: 1,
      maximum: 100_000,
    },
    {
      name: "apiRps",
      type: "number",
      description: "Peak requests per second to the API.",
      default: 1500,
      minimum: 1,
      maximum: 100_000,
    },
    {
      name: "databaseSizeGb",
      type: "number",
      description: "Orders, customers and catalogue (GiB).",
      default: 300,
      minimum: 1,
      maximum: 128_000,
    },
    COMMON.budget(12_000),
    COMMON.alertEmail(),
  ],
  render(values): IntentInput {
    return {
      apiVersion: "idio.dev/v1",
      name: str(values, "name"),
      description: "E-commerce platform (IDIO template ecommerce-platform).",
      environment: "production",
      region: str(values, "region"),
      availability: "99.99",
      domain: str(values, "domain"),
      tiers: [
        {
          name: "web",
          type: "web",
          trafficPattern: "seasonal",
          expectedRps: num(values, "webRps"),
          scaling: { min: 6, max: 60 },
          connectsTo: ["api"],
        },
        {
          name: "api",
          type: "api",
          trafficPattern: "seasonal",
          expectedRps: num(values, "apiRps"),
          scaling: { min: 12, max: 120 },
          connectsTo: ["db", "cache"],
        },
        {
          name: "db",
          type: "database",
          engine: "aurora-postgresql",
          dataSizeGb: num(values, "databaseSizeGb"),
        },
        { name: "cache", type: "cache", engine: "redis", dataSizeGb: 8 },
      ],
      cost: {
        monthlyBudgetUsd: num(values, "monthlyBudgetUsd"),
        alertThreshold: 90,
        alertEmails: [str(values, "alertEmail")],
      },
      compliance: ["pci-dss", "soc2"],
      security: { wafEnabled: true },
      disasterRecovery: {
        rtoMinutes: 15,
        rpoMinutes: 5,
        crossRegionReplication: true,
        backupRetentionDays: 30,
        drRegion: str(values, "drRegion"),
      },
    };
  },
};
