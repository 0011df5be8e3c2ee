import type { IntentInput } from "@idio-iac/intent-schema";
import { COMMON, num, str, type Template } from "./template.js";

/** A web front end, an API, a relational database and a cache: the classic three tiers. */
export const threeTierWebApp: Template = {
  id: "three-tier-web-app",
  title: "Three-tier web application",
  description:
    "Web front end and API on Fargate behind load balancers, PostgreSQL (Multi-AZ in production) and a Redis cache.",
  monthlyCostUsd: { min: 200, max: 2000 },
  parameters: [
    COMMON.name("webapp"),
    COMMON.environment("production"),
    COMMON.region(),
    COMMON.domain("app.example.com"),
    {
      name: "webRps",
      type: "number",
      description: "Peak requests per second to the web tier.",
      default: 40,
      minimum: 1,
      maximum: 100_000,
    },
    {
      name: "apiRps",
      type: "number",
      description: "Peak requests per second to the API.",
      default: 80,
      minimum: 1,
      maximum: 100_000,
    },
    {
      name: "databaseEngine",
      type: "string",
      description: "Database engine.",
      default: "postgres",
      values: ["postgres", "mysql"],
    },
    {
      name: "databaseSizeGb",
      type: "number",
      description: "Data held by the database (GiB).",
      default: 50,
      minimum: 1,
      maximum: 64_000,
    },
    COMMON.budget(1500),
    COMMON.alertEmail(),
  ],
  render(values): IntentInput {
    return {
      apiVersion: "idio.dev/v1",
      name: str(values, "name"),
      description: "Three-tier web application (IDIO template three-tier-web-app).",
      environment: str(values, "environment") as IntentInput["environment"],
      region: str(values, "region"),
      availability: "99.95",
      domain: str(values, "domain"),
      tiers: [
        {
          name: "web",
          type: "web",
          trafficPattern: "steady",
          expectedRps: num(values, "webRps"),
          scaling: { min: 2, max: 8 },
          connectsTo: ["api"],
        },
        {
          name: "api",
          type: "api",
          trafficPattern: "steady",
          expectedRps: num(values, "apiRps"),
          scaling: { min: 2, max: 10 },
          connectsTo: ["db", "cache"],
        },
        {
          name: "db",
          type: "database",
          engine: str(values, "databaseEngine") as "postgres" | "mysql",
          dataSizeGb: num(values, "databaseSizeGb"),
        },
        { name: "cache", type: "cache", engine: "redis", dataSizeGb: 1 },
      ],
      cost: {
        monthlyBudgetUsd: num(values, "monthlyBudgetUsd"),
        alertThreshold: 80,
        alertEmails: [str(values, "alertEmail")],
      },
      disasterRecovery: { backupRetentionDays: 14 },
      usage: { dataTransferOutGbPerMonth: 200 },
    };
  },
};
