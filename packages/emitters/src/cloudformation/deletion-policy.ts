import type { ResourceGraph } from "@idio-iac/graph";

/**
 * What a stack deletion (or a replacing update) does to data that has no
 * snapshot form — log groups, queues, streams: kept in production (where audit
 * logs and in-flight messages outlive the stack), deleted elsewhere so a dev
 * or staging stack can be torn down and re-created under the same names.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatereplacepolicy.html
 */
export function keepInProduction(graph: ResourceGraph): "Retain" | "Delete" {
  return graph.environment === "production" ? "Retain" : "Delete";
}
