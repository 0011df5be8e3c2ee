import type { GraphNode } from "@idio/graph";
import type { CostComponent, MapperContext, PriceMapper } from "../mapper-types.js";
import { dailyChangeShare, dataSizeGb } from "./shared.js";

/** What AWS Backup bills a protected resource's backups as, and how big it is. */
function protectedData(
  node: GraphNode,
  context: MapperContext,
): { type: string; gb: number } | undefined {
  switch (node.kind) {
    case "aws.rds.instance":
      return {
        type: "rds",
        gb: node.props.allocatedStorage ?? dataSizeGb(context, node.tier, 20, "database"),
      };
    case "aws.rds.cluster":
      return { type: "aurora", gb: dataSizeGb(context, node.tier, 10, "database") };
    case "aws.dynamodb.table":
      return { type: "dynamodb", gb: dataSizeGb(context, node.tier, 1, "table") };
    case "aws.s3.bucket":
      return { type: "s3", gb: dataSizeGb(context, node.tier, 10, "bucket") };
    default:
      return undefined;
  }
}

/**
 * Backups kept for each rule's retention (a full copy plus daily increments),
 * and copies to the DR vault: the same storage there plus the traffic.
 */
export const backupPlanMapper: PriceMapper<"aws.backup.plan"> = {
  kind: "aws.backup.plan",
  components(node, context) {
    const resources = context
      .referrers(node.id)
      .filter((user) => user.kind === "aws.backup.selection")
      .flatMap((selection) =>
        selection.kind === "aws.backup.selection" ? selection.props.resources : [],
      )
      .flatMap((reference) => {
        const target = context.node(reference.ref);
        return target ? [target] : [];
      });
    const change = resources.length > 0 ? dailyChangeShare(context) : 0;
    const components: CostComponent[] = [];
    for (const rule of node.props.rules) {
      for (const resource of resources) {
        const data = protectedData(resource, context);
        if (!data) continue;
        const kept = data.gb * (1 + change * rule.deleteAfterDays);
        components.push({
          component: `${rule.name}: ${resource.id} backups (${rule.deleteAfterDays} days)`,
          product: "backup-storage-gb-months",
          attributes: { resourceType: data.type },
          quantity: kept,
        });
        if (rule.copyTo && context.graph.drRegion) {
          const copyKept = data.gb * (1 + change * rule.copyTo.deleteAfterDays);
          components.push(
            {
              component: `${rule.name}: ${resource.id} copies in ${context.graph.drRegion} (${rule.copyTo.deleteAfterDays} days)`,
              product: "backup-storage-gb-months",
              attributes: { resourceType: data.type },
              quantity: copyKept,
              region: context.graph.drRegion,
            },
            {
              component: `${rule.name}: ${resource.id} copy traffic to ${context.graph.drRegion}`,
              product: "data-transfer-inter-region-gb",
              quantity: data.gb * change * 30,
            },
          );
        }
      }
    }
    return components;
  },
};
