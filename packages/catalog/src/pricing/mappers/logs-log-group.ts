import type { MapperContext, PriceMapper } from "../mapper-types.js";
import { LOG_GB_FLOOR_PER_COMPUTE_TIER, LOG_KB_PER_REQUEST, type TierUsage } from "../usage.js";

const COMPUTE = ["web", "api", "worker", "function"];

/** GB kept at steady state: a month's logs, compressed, times the retention in months. */
export function logStorageGb(
  context: MapperContext,
  monthlyGb: number,
  retentionDays: number,
): number {
  const compression = context.assume({
    key: "logs.storedShareOfIngested",
    value: 0.15,
    unit: "share",
    description: "Stored (compressed) log bytes as a share of ingested bytes",
  });
  const months = Math.min(retentionDays > 0 ? retentionDays : 3650, 3650) / 30;
  return monthlyGb * compression * months;
}

function tierWeight(tier: TierUsage): number {
  return LOG_GB_FLOOR_PER_COMPUTE_TIER + (tier.requestsPerMonth * LOG_KB_PER_REQUEST) / 1e6;
}

/** Log groups that only receive flow logs (priced with the flow log), by id. */
function flowLogGroups(context: MapperContext): ReadonlySet<string> {
  return context.memo(
    "logs.flowLogGroups",
    () =>
      new Set(
        context.graph.nodes.flatMap((node) =>
          node.kind === "aws.ec2.flow_log" ? [node.props.logGroupArn.ref] : [],
        ),
      ),
  );
}

/** Application log groups per tier (primary region), and the compute tiers' total weight. */
function logShares(context: MapperContext): {
  groupsPerTier: ReadonlyMap<string, number>;
  totalWeight: number;
} {
  return context.memo("logs.shares", () => {
    const flow = flowLogGroups(context);
    const groupsPerTier = new Map<string, number>();
    for (const node of context.graph.nodes)
      if (
        node.kind === "aws.logs.log_group" &&
        node.tier !== null &&
        node.region === "primary" &&
        !flow.has(node.id)
      )
        groupsPerTier.set(node.tier, (groupsPerTier.get(node.tier) ?? 0) + 1);
    const totalWeight = Object.values(context.usage.tiers)
      .filter((tier) => COMPUTE.includes(tier.type))
      .reduce((sum, tier) => sum + tierWeight(tier), 0);
    return { groupsPerTier, totalWeight };
  });
}

/**
 * Application logs: the intent's log volume split over the compute tiers by
 * request volume, and evenly among each tier's log groups. Groups that only
 * receive flow logs are priced with the flow log.
 */
export const logGroupMapper: PriceMapper<"aws.logs.log_group"> = {
  kind: "aws.logs.log_group",
  components(node, context) {
    if (flowLogGroups(context).has(node.id)) return [];
    let ingestedGb: number;
    const tier = context.tier(node.tier);
    if (tier && COMPUTE.includes(tier.type)) {
      const { groupsPerTier, totalWeight } = logShares(context);
      ingestedGb =
        node.region === "dr" || totalWeight === 0
          ? 0
          : (context.usage.logIngestionGbPerMonth * tierWeight(tier)) /
            totalWeight /
            Math.max(1, groupsPerTier.get(tier.tier) ?? 1);
    } else {
      ingestedGb = context.assume({
        key: "logs.platformGroupGbPerMonth",
        value: 1,
        unit: "GB/month",
        description: "Logs ingested by a platform log group (audit trail, data-tier logs)",
      });
    }
    return [
      { component: "Logs ingested", product: "cloudwatch-logs-ingestion-gb", quantity: ingestedGb },
      {
        component: `Logs stored (${node.props.retentionInDays} days retention)`,
        product: "cloudwatch-logs-storage-gb-months",
        quantity: logStorageGb(context, ingestedGb, node.props.retentionInDays),
      },
    ];
  },
};
