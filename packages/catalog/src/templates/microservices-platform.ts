import type { IntentInput } from "@idio-iac/intent-schema";
import { COMMON, num, str, type Template } from "./template.js";

/** A gateway in front of private services, each with its own data, and an event queue. */
export const microservicesPlatform: Template = {
  id: "microservices-platform",
  title: "Microservices platform",
  description:
    "A public web front end and API gateway, three private services (orders, catalog, accounts) each owning its data, an event queue with a worker, and a shared cache.",
  monthlyCostUsd: { min: 1000, max: 10_000 },
  parameters: [
    COMMON.name("platform"),
    COMMON.environment("production"),
    COMMON.region(),
    COMMON.domain("platform.example.com"),
    {
      name: "gatewayRps",
      type: "number",
      description: "Peak requests per second through the gateway.",
      default: 300,
      minimum: 1,
      maximum: 100_000,
    },
    {
      name: "ordersSizeGb",
      type: "number",
      description: "Orders database size (GiB).",
      default: 100,
      minimum: 1,
      maximum: 64_000,
    },
    COMMON.budget(6000),
    COMMON.alertEmail(),
  ],
  render(values): IntentInput {
    const rps = num(values, "gatewayRps");
    return {
      apiVersion: "idio.dev/v1",
      name: str(values, "name"),
      description: "Microservices platform (IDIO template microservices-platform).",
      environment: str(values, "environment") as IntentInput["environment"],
      region: str(values, "region"),
      availability: "99.95",
      domain: str(values, "domain"),
      tiers: [
        {
          name: "web",
          type: "web",
          expectedRps: Math.max(1, Math.round(rps / 3)),
          scaling: { min: 2, max: 10 },
          connectsTo: ["gateway"],
        },
        {
          name: "gateway",
          type: "api",
          expectedRps: rps,
          scaling: { min: 2, max: 12 },
          connectsTo: ["orders", "catalog", "accounts"],
        },
        {
          name: "orders",
          type: "api",
          public: false,
          expectedRps: Math.max(1, Math.round(rps / 3)),
          scaling: { min: 2, max: 8 },
          connectsTo: ["orders-db", "events"],
        },
        {
          name: "catalog",
          type: "api",
          public: false,
          expectedRps: Math.max(1, Math.round(rps / 2)),
          scaling: { min: 2, max: 8 },
          connectsTo: ["catalog-db", "cache"],
        },
        {
          name: "accounts",
          type: "api",
          public: false,
          expectedRps: Math.max(1, Math.round(rps / 4)),
          scaling: { min: 2, max: 6 },
          connectsTo: ["accounts-db"],
        },
        {
          name: "orders-db",
          type: "database",
          engine: "postgres",
          dataSizeGb: num(values, "ordersSizeGb"),
        },
        { name: "catalog-db", type: "nosql", engine: "dynamodb", dataSizeGb: 20 },
        { name: "accounts-db", type: "nosql", engine: "dynamodb", dataSizeGb: 5 },
        { name: "cache", type: "cache", engine: "valkey", dataSizeGb: 2 },
        { name: "events", type: "queue", engine: "sqs" },
        {
          name: "notifier",
          type: "worker",
          trafficPattern: "spiky",
          scaling: { min: 1, max: 6 },
          connectsTo: ["events"],
        },
      ],
      cost: {
        monthlyBudgetUsd: num(values, "monthlyBudgetUsd"),
        alertThreshold: 85,
        alertEmails: [str(values, "alertEmail")],
      },
      disasterRecovery: { backupRetentionDays: 14 },
      usage: { dataTransferOutGbPerMonth: 500 },
    };
  },
};
