import type { ResourceGraph } from "@idio-iac/graph";
import type { Intent } from "@idio-iac/intent-schema";
import { compileText } from "../test-support/compiled-examples.js";

/**
 * Intents that exercise what the examples do not: a Java, a custom-runtime
 * and a Python function with a handler command on a queue capped by
 * scaling.max; a single-page app calling a public API with its own
 * environment; an arm64 EC2 tier with a command.
 */
const INTENTS: Record<string, string> = {
  runtimes: `apiVersion: idio.dev/v1
name: runtimes
environment: development
region: eu-west-1
tiers:
  - { name: java-jobs, type: function, runtime: java21, scaling: { min: 0, max: 40 }, connectsTo: [work] }
  - { name: native, type: function, runtime: provided.al2023, connectsTo: [work] }
  - { name: py, type: function, runtime: python3.13, command: [jobs.run], connectsTo: [work] }
  - { name: work, type: queue }
`,
  servers: `apiVersion: idio.dev/v1
name: servers
environment: production
region: eu-west-1
domain: servers.example.com
tiers:
  - { name: site, type: static-site, spa: true, connectsTo: [api] }
  - { name: api, type: api, expectedRps: 50, image: "acme/api:1", environment: { LOG_LEVEL: info } }
  - { name: app, type: web, compute: ec2, expectedRps: 20, architecture: arm64, command: [serve], connectsTo: [db] }
  - { name: db, type: database, dataSizeGb: 20 }
`,
};

export function applicationSubjects(): { label: string; intent: Intent; graph: ResourceGraph }[] {
  return Object.entries(INTENTS).map(([label, text]) => ({ label, ...compileText(text, label) }));
}
