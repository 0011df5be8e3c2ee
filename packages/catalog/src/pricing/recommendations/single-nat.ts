import type { ResourceGraph } from "@idio-iac/graph";
import type { GraphChange } from "./recommendation.js";
import { without } from "./graph-edits.js";

/** Outside production one NAT gateway (and its address) serves every AZ. */
export function singleNatChange(graph: ResourceGraph): GraphChange[] {
  if (graph.environment === "production") return [];
  const gateways = graph.nodes.filter(
    (node) => node.kind === "aws.ec2.nat_gateway" && node.region === "primary",
  );
  if (gateways.length < 2) return [];
  const extra = gateways.slice(1);
  const removed = new Set(
    extra.flatMap((node) =>
      node.kind === "aws.ec2.nat_gateway" ? [node.id, node.props.allocationId.ref] : [],
    ),
  );
  return [
    {
      id: "single-nat",
      kind: "single-nat",
      title: `Use one NAT gateway in ${graph.environment}`,
      detail: `${gateways.length} NAT gateways each bill hourly with a public IPv4 address; outside production an AZ outage taking egress down is acceptable.`,
      resources: [...removed].sort(),
      graph: without(graph, removed),
    },
  ];
}
