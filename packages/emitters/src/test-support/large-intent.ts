import type { ResourceGraph } from "@idio-iac/graph";
import { compileText } from "./compiled-examples.js";

/**
 * An intent past CloudFormation's 500 resources per stack (twenty API tiers):
 * its primary stack is emitted as nested stacks.
 */
export function largeIntentGraph(tiers = 20): ResourceGraph {
  const text = [
    "apiVersion: idio.dev/v1",
    "name: large",
    "environment: production",
    "region: eu-west-1",
    "tiers:",
    ...Array.from(
      { length: tiers },
      (_, i) => `  - { name: svc${i}, type: api, trafficPattern: steady, expectedRps: 20 }`,
    ),
    "",
  ].join("\n");
  return compileText(text, "large.yaml").graph;
}
