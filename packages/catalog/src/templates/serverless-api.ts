import { AWS_LIMITS } from "@idio-iac/core";
import type { IntentInput } from "@idio-iac/intent-schema";
import { COMMON, num, str, type Template } from "./template.js";

/** Pay-per-request: an HTTP API on Lambda with a DynamoDB table and a queue for slow work. */
export const serverlessApi: Template = {
  id: "serverless-api",
  title: "Serverless API",
  description:
    "HTTP API on Lambda (arm64), a DynamoDB table and an SQS queue drained by a function. Nothing idles.",
  monthlyCostUsd: { min: 10, max: 200 },
  parameters: [
    COMMON.name("api"),
    COMMON.environment("production"),
    COMMON.region(),
    COMMON.domain("api.example.com"),
    {
      name: "rps",
      type: "number",
      description: "Peak requests per second (spiky traffic).",
      default: 20,
      minimum: 1,
      maximum: 50_000,
    },
    {
      name: "memoryMb",
      type: "integer",
      description: "Memory per API function (MiB).",
      default: 512,
      minimum: AWS_LIMITS.lambda.minMemoryMb,
      maximum: AWS_LIMITS.lambda.maxMemoryMb,
    },
    {
      name: "tableSizeGb",
      type: "number",
      description: "Data held by the table (GiB).",
      default: 5,
      minimum: 1,
      maximum: 100_000,
    },
    COMMON.budget(150),
    COMMON.alertEmail(),
  ],
  render(values): IntentInput {
    return {
      apiVersion: "idio.dev/v1",
      name: str(values, "name"),
      description: "Serverless API (IDIO template serverless-api).",
      environment: str(values, "environment") as IntentInput["environment"],
      region: str(values, "region"),
      availability: "99.95",
      domain: str(values, "domain"),
      tiers: [
        {
          name: "api",
          type: "api",
          compute: "lambda",
          runtime: "nodejs22.x",
          trafficPattern: "spiky",
          expectedRps: num(values, "rps"),
          memoryMb: num(values, "memoryMb"),
          connectsTo: ["items", "tasks"],
        },
        {
          name: "items",
          type: "nosql",
          engine: "dynamodb",
          dataSizeGb: num(values, "tableSizeGb"),
        },
        { name: "tasks", type: "queue", engine: "sqs" },
        {
          name: "task-runner",
          type: "function",
          runtime: "nodejs22.x",
          trafficPattern: "spiky",
          memoryMb: 256,
          connectsTo: ["tasks", "items"],
        },
      ],
      cost: {
        monthlyBudgetUsd: num(values, "monthlyBudgetUsd"),
        alertThreshold: 80,
        alertEmails: [str(values, "alertEmail")],
      },
      disasterRecovery: { backupRetentionDays: 7 },
      usage: { dataTransferOutGbPerMonth: 20, logIngestionGbPerMonth: 5 },
    };
  },
};
