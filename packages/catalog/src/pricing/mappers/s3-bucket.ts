import type { BucketProps } from "@idio-iac/graph";
import type { CostComponent, MapperContext, PriceMapper } from "../mapper-types.js";
import { dailyChangeShare, dataSizeGb, requestsOf, writeShare } from "./shared.js";

const PRICED_CLASSES = new Set(["STANDARD", "STANDARD_IA", "GLACIER_IR"]);

/** Storage class a lifecycle transition moves data to, as priced in the book. */
function pricedClass(storageClass: string): string {
  if (PRICED_CLASSES.has(storageClass)) return storageClass;
  // Intelligent-Tiering's infrequent tier is priced like Standard-IA; archive
  // classes are priced at Glacier Instant Retrieval, an upper bound.
  return storageClass === "INTELLIGENT_TIERING" ? "STANDARD_IA" : "GLACIER_IR";
}

function storedGb(
  node: { id: string; tier: string | null; props: BucketProps },
  context: MapperContext,
): number {
  switch (node.props.purpose) {
    case "data":
      return dataSizeGb(context, node.tier, 10, "bucket");
    case "static-site":
      return dataSizeGb(context, node.tier, 1, "static site");
    case "replica": {
      const source = context
        .referrers(node.id)
        .find(
          (candidate) =>
            candidate.kind === "aws.s3.bucket" && candidate.props.replication !== undefined,
        );
      return source?.kind === "aws.s3.bucket"
        ? storedGb(source, context)
        : dataSizeGb(context, node.tier, 10, "bucket");
    }
    default:
      return context.assume({
        key: `s3.${node.props.purpose}BucketGb`,
        value: 5,
        unit: "GB",
        description: `Objects kept in a ${node.props.purpose} bucket (access logs, audit trail)`,
      });
  }
}

/** Storage by class (lifecycle-aware), requests, and cross-region replication traffic. */
export const bucketMapper: PriceMapper<"aws.s3.bucket"> = {
  kind: "aws.s3.bucket",
  components(node, context) {
    const gb = storedGb(node, context);
    const components: CostComponent[] = [];
    const replicaSource =
      node.props.purpose === "replica"
        ? context.referrers(node.id).find((candidate) => candidate.kind === "aws.s3.bucket")
        : undefined;
    const replicaClass =
      replicaSource?.kind === "aws.s3.bucket"
        ? (replicaSource.props.replication?.destinations.find((d) => d.bucketArn.ref === node.id)
            ?.storageClass ?? "STANDARD")
        : "STANDARD";
    const transition = node.props.lifecycleRules
      .flatMap((rule) => rule.transitions)
      .filter((step) => step.days <= 90)
      .sort((a, b) => a.days - b.days)[0];
    if (transition && node.props.purpose !== "replica") {
      const coldShare = context.assume({
        key: "s3.shareOlderThanTransition",
        value: 0.5,
        unit: "share",
        description:
          "Share of a bucket's data older than its first lifecycle transition (90 days or less)",
      });
      const coldClass = pricedClass(transition.storageClass);
      components.push(
        {
          component: `S3 Standard storage (${round(gb * (1 - coldShare))} GB)`,
          product: "s3-storage-gb-months",
          attributes: { storageClass: "STANDARD" },
          quantity: gb * (1 - coldShare),
        },
        {
          component: `S3 ${coldClass} storage after ${transition.days} days (${round(gb * coldShare)} GB)`,
          product: "s3-storage-gb-months",
          attributes: { storageClass: coldClass },
          quantity: gb * coldShare,
        },
      );
    } else {
      const storageClass = node.props.purpose === "replica" ? replicaClass : "STANDARD";
      components.push({
        component: `S3 ${storageClass} storage (${round(gb)} GB)`,
        product: "s3-storage-gb-months",
        attributes: { storageClass },
        quantity: gb,
      });
    }
    if (node.props.purpose === "data" || node.props.purpose === "static-site") {
      let requests = requestsOf(context, node);
      if (node.props.purpose === "static-site") {
        const missShare = context.assume({
          key: "cloudfront.originFetchShare",
          value: 0.1,
          unit: "share of requests",
          description: "Requests CloudFront forwards to the origin bucket (cache misses)",
        });
        requests *= missShare;
      }
      const writes = node.props.purpose === "data" ? requests * writeShare(context) : 0;
      components.push(
        {
          component: "PUT, COPY, POST, LIST requests",
          product: "s3-put-requests",
          quantity: writes,
        },
        {
          component: "GET and other requests",
          product: "s3-get-requests",
          quantity: requests - writes,
        },
      );
    }
    if (node.props.replication) components.push(...replicationComponents(node.props, gb, context));
    return components;
  },
};

/**
 * Replicated objects cross to each destination region; with Replication Time Control each
 * replicated GB also costs the RTC fee, and the replication metrics RTC turns on (four per rule)
 * are billed as CloudWatch custom metrics: https://aws.amazon.com/s3/pricing/ (Replication).
 */
function replicationComponents(
  props: BucketProps,
  gb: number,
  context: MapperContext,
): CostComponent[] {
  const replication = props.replication!;
  const destinations = replication.destinations.length;
  const replicatedGb = gb * dailyChangeShare(context, "objects") * 30 * destinations;
  return [
    {
      component: `Cross-region replication traffic to ${destinations} region${destinations === 1 ? "" : "s"}`,
      product: "data-transfer-inter-region-gb",
      quantity: replicatedGb,
    },
    ...(replication.replicationTimeControl
      ? [
          {
            component: "S3 Replication Time Control",
            product: "s3-replication-time-control-gb",
            quantity: replicatedGb,
          },
          {
            component: "S3 replication metrics (4 per rule)",
            product: "cloudwatch-metric-months",
            quantity: 4 * destinations,
          },
        ]
      : []),
  ];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
