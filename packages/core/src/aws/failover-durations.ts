/**
 * How long each step of a regional failover takes, in minutes [fast end,
 * slow end], with where the figure comes from. The runbook prints them per
 * step and sums them against the RTO; decide-recovery adds up the fast ends
 * to know which RTO a pilot light can reach at all.
 */
export interface FailoverStepDuration {
  readonly minutes: readonly [number, number];
  readonly source: string;
}

export const FAILOVER_STEP_MINUTES = {
  /** People confirm a regional event before failing over. */
  decide: {
    minutes: [5, 15],
    source: "IDIO estimate: people confirm a regional event before failing over",
  },
  /** Aurora global database: the secondary cluster becomes the writer. */
  auroraGlobalFailover: {
    minutes: [1, 5],
    source:
      "Aurora global database failover, typically minutes: https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-global-database-disaster-recovery.html",
  },
  /** An RDS cross-region read replica becomes a standalone database (it reboots). */
  replicaPromotion: {
    minutes: [5, 15],
    source:
      "Promoting a read replica (the instance reboots; minutes, longer with more data): https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.Promote.html",
  },
  /**
   * An ElastiCache Global Datastore secondary becomes the primary: the DR
   * region's cache takes writes (the AWS DR workshop gives it an RTO of a minute).
   */
  cacheGlobalFailover: {
    minutes: [1, 5],
    source:
      "ElastiCache Global Datastore failover: the secondary becomes the primary (https://docs.aws.amazon.com/AmazonElastiCache/latest/APIReference/API_FailoverGlobalReplicationGroup.html), RTO about a minute (https://disaster-recovery.workshop.aws/en/services/databases/elasticache/global-datastore.html)",
  },
  /**
   * A pilot light's small, empty cache scaled up to the primary's node type
   * online: it serves throughout, so nothing waits for it.
   */
  scaleCache: {
    minutes: [10, 30],
    source:
      "ElastiCache online vertical scaling: the group keeps serving while ElastiCache launches nodes of the new type, syncs them and moves the endpoints (https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/redis-cluster-vertical-scaling.html, https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Scaling.RedisReplGrps.html: its time depends on the node type and the data); an empty cache takes about as long as launching its nodes (IDIO estimate)",
  },
  /** A running standby scales out while it already serves. */
  scaleStandby: {
    minutes: [3, 10],
    source:
      "IDIO estimate: Fargate tasks start in one to two minutes, then pass the load balancer's health checks",
  },
  /**
   * Fargate tasks from zero: each task gets its own instance and network
   * interface and pulls its whole image (no cache), then passes the target
   * group's health checks.
   */
  startTasks: {
    minutes: [2, 5],
    source:
      "Fargate tasks from zero: each task pulls its whole image before it starts (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-pull-behavior.html), then passes the load balancer's health checks (IDIO estimate)",
  },
  /**
   * EC2 instances from zero: launch, boot, install Docker and pull the image
   * (build-ec2.ts's boot script), within the group's 300 s health check grace.
   */
  launchInstances: {
    minutes: [5, 10],
    source:
      "EC2 instances from zero: launch, boot and initialise before they serve (https://docs.aws.amazon.com/autoscaling/ec2/userguide/ec2-auto-scaling-default-instance-warmup.html); IDIO's boot script installs Docker and pulls the image within the group's 300 s health check grace (IDIO estimate)",
  },
  /** Route 53 record changes reach every authoritative server. */
  dns: {
    minutes: [1, 2],
    source:
      "Route 53 changes generally reach all authoritative servers within 60 seconds, then resolvers wait out the record's TTL: https://docs.aws.amazon.com/Route53/latest/APIReference/API_ChangeResourceRecordSets.html",
  },
  /**
   * Route 53 failover records with health checks: the primary's check turns
   * unhealthy after failure threshold x request interval (IDIO's 3 x 30 s),
   * then resolvers wait out the alias's TTL (60 s for a load balancer).
   */
  dnsHealthChecked: {
    minutes: [2, 3],
    source:
      "Route 53 health-checked failover: a check is unhealthy after its failure threshold x request interval (3 x 30 s = 90 s; https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-determining-health-of-endpoints.html), then resolvers wait out the alias record's TTL, fixed at 60 s for a load balancer (https://aws.amazon.com/route53/faqs/)",
  },
  /** Restoring data stores from backups. */
  restore: {
    minutes: [30, 240],
    source:
      "Backup and restore recovers in hours (AWS DR whitepaper); an RDS or DynamoDB restore grows with the data",
  },
} as const satisfies Readonly<Record<string, FailoverStepDuration>>;

export type FailoverStep = keyof typeof FAILOVER_STEP_MINUTES;
