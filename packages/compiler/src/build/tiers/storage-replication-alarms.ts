import { ref } from "@idio-iac/graph";
import type { CompileContext } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { siteId, type Site } from "../../ids.js";
import { addAlarm } from "../shared/build-observability.js";
import { awsRegionOfSite } from "../shared/replica-sites.js";
import { lagThresholdSeconds } from "./build-database.js";

/** Replication Time Control's threshold: S3 replicates 99.99% of objects within 15 minutes. */
export const RTC_SECONDS = 900;

/** A replication rule's id, which S3's replication metrics carry as their `RuleId` dimension. */
export function replicationRuleId(context: CompileContext, site: Site): string {
  return `replicate-to-${awsRegionOfSite(context, site)}`;
}

/**
 * S3 publishes replication metrics per rule in the source bucket's region once the rule has
 * replication metrics (RTC turns them on), under SourceBucket, DestinationBucket and RuleId:
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/repl-metrics.html and
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/metrics-dimensions.html#s3-cloudwatch-replication-metrics.
 * Per destination: `ReplicationLatency` (seconds) above half the RPO, at most RTC's 15 minutes,
 * for 5 minutes; and the first `OperationsFailedReplication`, which S3 never retries.
 */
export function addStorageReplicationAlarms(
  context: CompileContext,
  t: ResolvedTier,
  sites: readonly Site[],
): void {
  const rpo = context.intent.disasterRecovery.rpoMinutes;
  const seconds = Math.min(lagThresholdSeconds(rpo), RTC_SECONDS);
  const source = ref(`${t.prefix}.bucket`, "name");
  for (const site of sites) {
    const region = awsRegionOfSite(context, site);
    const dimensions = {
      SourceBucket: source,
      DestinationBucket: ref(siteId(site, `${t.prefix}.bucket`), "name"),
      RuleId: replicationRuleId(context, site),
    };
    addAlarm(context, t, {
      metric: `${site}-replication-latency`,
      summary: `${t.name}'s objects reach ${region} more than ${seconds} s late for 5 minutes`,
      props: {
        namespace: "AWS/S3",
        metricName: "ReplicationLatency",
        dimensions,
        statistic: "Maximum",
        periodSeconds: 60,
        evaluationPeriods: 5,
        threshold: seconds,
        comparisonOperator: "GreaterThanThreshold",
      },
      calculation: [
        `threshold = min(rpoMinutes ${rpo} x 60 s / 2, RTC ${RTC_SECONDS} s) = ${seconds} s`,
      ],
      pointers: ["/disasterRecovery/rpoMinutes"],
    });
    addAlarm(context, t, {
      metric: `${site}-replication-failed`,
      summary: `${t.name}: an object failed to replicate to ${region} (S3 does not retry it)`,
      props: {
        namespace: "AWS/S3",
        metricName: "OperationsFailedReplication",
        dimensions,
        statistic: "Sum",
        periodSeconds: 300,
        evaluationPeriods: 1,
        threshold: 0,
        comparisonOperator: "GreaterThanThreshold",
      },
    });
  }
}
