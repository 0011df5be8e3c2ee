import { phraseTable, type Recogniser } from "./recogniser.js";

/** Deployment stages. "test" and "sandbox" are development: nothing there is production-grade. */
export const ENVIRONMENT_RECOGNISERS: readonly Recogniser[] = phraseTable("environment", [
  [
    ["production", "prod", "production-grade", "production grade", "go-live"],
    { kind: "environment", environment: "production" },
  ],
  [
    ["staging", "stage", "pre-production", "preprod", "pre-prod", "uat", "qa"],
    { kind: "environment", environment: "staging" },
  ],
  [
    [
      "development",
      "dev",
      "test",
      "testing",
      "sandbox",
      "prototype",
      "proof of concept",
      "poc",
      "demo",
    ],
    { kind: "environment", environment: "development" },
  ],
]);
