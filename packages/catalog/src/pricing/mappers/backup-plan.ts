import type { GraphNode } from "@idio-iac/graph";
import type { CostComponent, MapperContext, PriceMapper } from "../mapper-types.js";
import { dailyChangeShare, dataSizeGb } from "./shared.js";

/** What AWS Backup bills a protected resource's backups as, and how big it is. */
function protectedData(
  node: GraphNode,
  context: MapperContext,
): { type: string; gb: number; store: "database" | "objects" } | undefined {
  switch (node.kind) {
    case "aws.rds.instance":
      return {
        type: "rds",
        gb: node.props.allocatedStorage ?? dataSizeGb(context, node.tier, 20, "database"),
        store: "database",
      };
    case "aws.rds.cluster":
      return {
        type: "aurora",
        gb: dataSizeGb(context, node.tier, 10, "database"),
        store: "database",
      };
    case "aws.dynamodb.table":
      return {
        type: "dynamodb",
        gb: dataSizeGb(context, node.tier, 1, "table"),
        store: "database",
      };
    case "aws.s3.bucket":
      return { type: "s3", gb: dataSizeGb(context, node.tier, 10, "bucket"), store: "objects" };
    default:
      return undefined;
  }
}

/**
 * Backups of every protected resource: one full copy plus the daily changes
 * kept for the longest retention among the plan's rules (rules share one
 * incremental chain), and the same in the DR vault when a rule copies there,
 * plus the copy traffic.
 */
export const backupPlanMapper: PriceMapper<"aws.backup.plan"> = {
  kind: "aws.backup.plan",
  components(node, context) {
    const resources = [
      ...new Set(
        context
          .referrers(node.id)
          .flatMap((selection) =>
            selection.kind === "aws.backup.selection" ? selection.props.resources : [],
          )
          .map((reference) => reference.ref),
      ),
    ]
      .sort()
      .flatMap((id) => {
        const target = context.node(id);
        return target ? [target] : [];
      });
    const keepDays = Math.max(0, ...node.props.rules.map((rule) => rule.deleteAfterDays));
    const copyDays = Math.max(
      0,
      ...node.props.rules.map((rule) => rule.copyTo?.deleteAfterDays ?? 0),
    );
    const drRegion = context.graph.drRegion;
    const components: CostComponent[] = [];
    for (const resource of resources) {
      const data = protectedData(resource, context);
      if (!data) continue;
      const change = dailyChangeShare(context, data.store);
      components.push({
        component: `${resource.id} backups (full copy + ${keepDays} days of changes)`,
        product: "backup-storage-gb-months",
        attributes: { resourceType: data.type },
        quantity: data.gb * (1 + change * keepDays),
      });
      if (copyDays > 0 && drRegion) {
        components.push(
          {
            component: `${resource.id} backup copies in ${drRegion} (${copyDays} days)`,
            product: "backup-storage-gb-months",
            attributes: { resourceType: data.type },
            quantity: data.gb * (1 + change * copyDays),
            region: drRegion,
          },
          {
            component: `${resource.id} backup copy traffic to ${drRegion}`,
            product: "data-transfer-inter-region-gb",
            quantity: data.gb * change * 30,
          },
        );
      }
    }
    return components;
  },
};
