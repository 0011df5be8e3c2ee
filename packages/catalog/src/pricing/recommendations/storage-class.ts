import type { ResourceGraph } from "@idio-iac/graph";
import type { Usage } from "../usage.js";
import type { GraphChange } from "./recommendation.js";
import { withProps } from "./graph-edits.js";

const MIN_GB = 100;

/** Large data buckets without a lifecycle transition keep cold objects at Standard prices. */
export function storageClassChange(graph: ResourceGraph, usage: Usage): GraphChange[] {
  const changes = new Map<string, Record<string, unknown>>();
  for (const node of graph.nodes) {
    if (node.kind !== "aws.s3.bucket" || node.props.purpose !== "data" || node.tier === null)
      continue;
    if ((usage.tiers[node.tier]?.dataSizeGb ?? 0) < MIN_GB) continue;
    if (node.props.lifecycleRules.some((rule) => rule.transitions.length > 0)) continue;
    changes.set(node.id, {
      lifecycleRules: [
        ...node.props.lifecycleRules,
        {
          id: "intelligent-tiering",
          transitions: [{ days: 30, storageClass: "INTELLIGENT_TIERING" }],
        },
      ],
    });
  }
  if (changes.size === 0) return [];
  return [
    {
      id: "storage-class:intelligent-tiering",
      kind: "storage-class",
      title: "Move objects older than 30 days to S3 Intelligent-Tiering",
      detail: `Buckets holding ${MIN_GB} GB or more with no lifecycle transition; objects not read for 30 days move to the infrequent-access tier automatically.`,
      resources: [...changes.keys()].sort(),
      graph: withProps(graph, changes),
    },
  ];
}
