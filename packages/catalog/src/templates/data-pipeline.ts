import type { IntentInput } from "@idio-iac/intent-schema";
import { COMMON, num, str, type Template } from "./template.js";

/** Events in through a stream, a data lake in S3, batch enrichment and a reporting database. */
export const dataPipeline: Template = {
  id: "data-pipeline",
  title: "Data pipeline",
  description:
    "Kinesis ingestion with a Lambda consumer, an S3 data lake, batch Fargate workers that scale to zero, and an Aurora MySQL reporting database. Nothing is public.",
  monthlyCostUsd: { min: 200, max: 5000 },
  parameters: [
    COMMON.name("pipeline"),
    COMMON.environment("staging"),
    COMMON.region(),
    {
      name: "eventsPerSecond",
      type: "number",
      description: "Peak events per second into the stream.",
      default: 500,
      minimum: 1,
      maximum: 1_000_000,
    },
    {
      name: "lakeSizeGb",
      type: "number",
      description: "Data kept in the lake (GiB).",
      default: 2000,
      minimum: 1,
      maximum: 10_000_000,
    },
    {
      name: "maxWorkers",
      type: "integer",
      description: "Most enrichment workers running at once.",
      default: 10,
      minimum: 1,
      maximum: 1000,
    },
    {
      name: "reportingSizeGb",
      type: "number",
      description: "Data in the reporting database (GiB).",
      default: 100,
      minimum: 1,
      maximum: 128_000,
    },
    COMMON.budget(2500),
    COMMON.alertEmail(),
  ],
  render(values): IntentInput {
    return {
      apiVersion: "idio.dev/v1",
      name: str(values, "name"),
      description: "Data pipeline (IDIO template data-pipeline).",
      environment: str(values, "environment") as IntentInput["environment"],
      region: str(values, "region"),
      availability: "99.9",
      tiers: [
        {
          name: "events",
          type: "stream",
          engine: "kinesis",
          expectedRps: num(values, "eventsPerSecond"),
          dataSizeGb: 50,
        },
        {
          name: "ingest",
          type: "function",
          runtime: "python3.12",
          trafficPattern: "steady",
          memoryMb: 512,
          connectsTo: ["events", "lake"],
        },
        { name: "lake", type: "storage", engine: "s3", dataSizeGb: num(values, "lakeSizeGb") },
        {
          name: "enrich",
          type: "worker",
          trafficPattern: "batch",
          scaling: { min: 0, max: num(values, "maxWorkers") },
          cpu: 1,
          memoryMb: 4096,
          connectsTo: ["lake", "reporting"],
        },
        {
          name: "reporting",
          type: "database",
          engine: "aurora-mysql",
          dataSizeGb: num(values, "reportingSizeGb"),
        },
      ],
      cost: {
        monthlyBudgetUsd: num(values, "monthlyBudgetUsd"),
        alertThreshold: 90,
        alertEmails: [str(values, "alertEmail")],
      },
      disasterRecovery: { backupRetentionDays: 14 },
      usage: { dataTransferOutGbPerMonth: 10, logIngestionGbPerMonth: 30 },
    };
  },
};
