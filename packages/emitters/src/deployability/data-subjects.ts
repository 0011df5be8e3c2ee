import type { ResourceGraph } from "@idio-iac/graph";
import { compileText } from "../test-support/compiled-examples.js";

/**
 * Intents covering what the examples do not, for the data, keys, names and
 * alarms checks: an RDS instance with a cross-region replica (a generated,
 * replicated master secret) next to an EC2 tier (its volumes' key and Auto
 * Scaling), and two caches and APIs of the longest names the schema allows
 * that differ only in their last character.
 */
const INTENTS: Record<string, string> = {
  "replica-and-ec2": `apiVersion: idio.dev/v1
name: replica-and-ec2
environment: production
region: eu-west-1
tiers:
  - { name: app, type: web, compute: ec2, expectedRps: 20, connectsTo: [db, cache] }
  - { name: db, type: database, engine: postgres, dataSizeGb: 20 }
  - { name: cache, type: cache, dataSizeGb: 1 }
disasterRecovery: { rpoMinutes: 15, rtoMinutes: 240, crossRegionReplication: true }
`,
  "long-names": `apiVersion: idio.dev/v1
name: a-very-long-application-name-xyz
environment: production
region: us-east-1
tiers:
  - { name: customer-facing-public-1, type: api, expectedRps: 50, connectsTo: [sessions-cache-primary-1] }
  - { name: customer-facing-public-2, type: api, expectedRps: 50, connectsTo: [sessions-cache-primary-2] }
  - { name: sessions-cache-primary-1, type: cache, dataSizeGb: 1 }
  - { name: sessions-cache-primary-2, type: cache, dataSizeGb: 1 }
`,
};

export function dataSubjects(): { label: string; graph: ResourceGraph }[] {
  return Object.entries(INTENTS).map(([label, text]) => ({
    label,
    graph: compileText(text, label).graph,
  }));
}
