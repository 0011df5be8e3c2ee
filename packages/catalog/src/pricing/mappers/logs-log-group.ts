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

/**
 * Application logs: the intent's log volume split over the compute tiers by
 * request volume, and evenly among each tier's log groups. Groups that only
 * receive flow logs are priced with the flow log.
 */
export const logGroupMapper: PriceMapper<"aws.logs.log_group"> = {
  kind: "aws.logs.log_group",
  components(node, context) {
    if (context.referrers(node.id).some((user) => user.kind === "aws.ec2.flow_log")) return [];
    let ingestedGb: number;
    const tier = context.tier(node.tier);
    if (tier && COMPUTE.includes(tier.type)) {
      const computeTiers = Object.values(context.usage.tiers).filter((candidate) =>
        COMPUTE.includes(candidate.type),
      );
      const totalWeight = computeTiers.reduce((sum, candidate) => sum + tierWeight(candidate), 0);
      const groupsOfTier = context.graph.nodes.filter(
        (candidate) =>
          candidate.kind === "aws.logs.log_group" &&
          candidate.tier === node.tier &&
          candidate.region === node.region &&
          !context.referrers(candidate.id).some((user) => user.kind === "aws.ec2.flow_log"),
      ).length;
      ingestedGb =
        node.region === "dr"
          ? 0
          : (context.usage.logIngestionGbPerMonth * tierWeight(tier)) /
            totalWeight /
            Math.max(1, groupsOfTier);
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
