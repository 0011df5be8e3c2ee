import { formatUsdGrouped, usdToMicros } from "@idio-iac/catalog";
import type { GraphNode, Kind, ResourceGraph } from "@idio-iac/graph";
import { escapeForTerminal } from "@idio-iac/intent-schema";
import { SEVERITIES } from "@idio-iac/policy";
import type { Plan } from "idio-iac";

/** One line per tier: what IDIO chose to run it on, and its size. */
export function describeTier(graph: ResourceGraph, tier: string): string {
  const nodes = graph.nodes.filter((n) => n.tier === tier && n.region === "primary");
  const find = <K extends Kind>(kind: K): GraphNode<K> | undefined =>
    nodes.find((n) => n.kind === kind) as GraphNode<K> | undefined;
  const service = find("aws.ecs.service");
  const task = find("aws.ecs.task_definition");
  const scaling = find("aws.appautoscaling.target");
  const alb = find("aws.elbv2.load_balancer");
  if (service && task) {
    const range = scaling
      ? `${scaling.props.minCapacity}-${scaling.props.maxCapacity} tasks`
      : `${service.props.desiredCount} tasks`;
    const entry = alb ? ` behind ${alb.props.internal ? "an internal" : "a public"} ALB` : "";
    return `ECS Fargate${entry}, ${task.props.cpu / 1024} vCPU / ${task.props.memory} MiB ARM64, ${range}`;
  }
  const asg = find("aws.autoscaling.group");
  const template = find("aws.ec2.launch_template");
  if (asg && template) {
    return `EC2 Auto Scaling group, ${template.props.instanceType}, ${asg.props.minSize}-${asg.props.maxSize} instances${alb ? " behind an ALB" : ""}`;
  }
  const fn = find("aws.lambda.function");
  if (fn) {
    const api = find("aws.apigatewayv2.api");
    return `Lambda ${fn.props.runtime} ${fn.props.memorySize} MB arm64${api ? " behind an HTTP API" : ""}${fn.props.vpcConfig ? ", in the VPC" : ""}`;
  }
  const cluster = find("aws.rds.cluster");
  if (cluster) {
    const instances = nodes.filter(
      (n) => n.kind === "aws.rds.cluster_instance",
    ) as GraphNode<"aws.rds.cluster_instance">[];
    const dr = graph.nodes.some((n) => n.tier === tier && n.region === "dr");
    return `${cluster.props.engine} ${cluster.props.engineVersion}, ${instances.length} x ${instances[0]?.props.instanceClass ?? "?"}${dr ? `, replicated to ${graph.drRegion}` : ""}`;
  }
  const db = find("aws.rds.instance");
  if (db) {
    const dr = graph.nodes.some((n) => n.tier === tier && n.region === "dr");
    return `RDS ${db.props.engine} ${db.props.engineVersion}, ${db.props.instanceClass}${db.props.multiAz ? " Multi-AZ" : ""}, ${db.props.allocatedStorage ?? "?"} GiB gp3${dr ? `, replica in ${graph.drRegion}` : ""}`;
  }
  const cache = find("aws.elasticache.replication_group");
  if (cache)
    return `ElastiCache ${cache.props.engine} ${cache.props.engineVersion}, ${cache.props.numCacheClusters} x ${cache.props.nodeType}${cache.props.multiAz ? " Multi-AZ" : ""}`;
  const table = find("aws.dynamodb.table");
  if (table)
    return `DynamoDB ${table.props.billingMode === "PAY_PER_REQUEST" ? "on-demand" : `provisioned ${table.props.readCapacity} RCU / ${table.props.writeCapacity} WCU`}${table.props.replicaRegions.length ? `, global table with ${table.props.replicaRegions.join(", ")}` : ""}`;
  const distribution = find("aws.cloudfront.distribution");
  if (distribution)
    return `S3 + CloudFront${distribution.props.aliases.length ? ` on ${distribution.props.aliases.join(", ")}` : ""}`;
  // The tier's queue redrives to its dead-letter queue; the DLQ has no redrive.
  const queue = nodes.find(
    (n) => n.kind === "aws.sqs.queue" && (n as GraphNode<"aws.sqs.queue">).props.redrive,
  ) as GraphNode<"aws.sqs.queue"> | undefined;
  if (queue) return `SQS ${queue.props.fifo ? "FIFO" : "standard"} queue with a dead-letter queue`;
  const stream = find("aws.kinesis.stream");
  if (stream)
    return `Kinesis ${stream.props.mode === "ON_DEMAND" ? "on-demand" : `${stream.props.shardCount} shards`}`;
  const bucket = find("aws.s3.bucket");
  if (bucket)
    return `S3 bucket (versioned, ${bucket.props.encryption.algorithm})${bucket.props.replication ? `, replicated to ${graph.drRegion}` : ""}`;
  return `${nodes.length} resources`;
}

/** The readable summary `idio plan` prints: tiers, chosen services, resources by kind, order. */
export function renderPlanSummary(plan: Plan): string {
  const { intent, graph } = plan;
  // User values (name, tier names, domains in descriptions) are escaped where they are inserted.
  const t = escapeForTerminal;
  const lines: string[] = [];
  lines.push(
    `${t(intent.name)} (${intent.environment}, ${intent.region}${graph.drRegion ? ` + DR ${graph.drRegion}` : ""}, availability ${intent.availability}): ${graph.nodes.length} resources`,
    "",
    "Tiers",
  );
  const width = Math.max(...intent.tiers.map((tier) => t(tier.name).length));
  const typeWidth = Math.max(...intent.tiers.map((tier) => tier.type.length));
  for (const tier of intent.tiers) {
    lines.push(
      `  ${t(tier.name).padEnd(width)}  ${tier.type.padEnd(typeWidth)}  ${t(describeTier(graph, tier.name))}`,
    );
  }
  lines.push("", ...policyLines(plan), ...costLines(plan));
  const counts = new Map<string, number>();
  for (const node of graph.nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  const kinds = [...counts].sort(([a], [b]) => (a < b ? -1 : 1));
  const kindWidth = Math.max(...kinds.map(([k]) => k.length));
  lines.push("", "Resources by kind");
  for (const [kind, count] of kinds)
    lines.push(`  ${kind.padEnd(kindWidth)}  ${String(count).padStart(3)}`);
  lines.push("", `Order (${plan.order.length} waves; rollback runs them in reverse)`);
  plan.order.forEach((wave, index) => {
    lines.push(`  ${String(index + 1).padStart(2)}. ${wave.map(t).join(", ")}`);
  });
  return `${lines.join("\n")}\n`;
}

/** Policy in one glance: fixes applied, findings left by severity, waivers used. */
function policyLines(plan: Plan): string[] {
  if (plan.findings === undefined) return [];
  const open = plan.findings;
  const bySeverity = SEVERITIES.map(
    (severity) => `${open.filter((f) => f.severity === severity).length} ${severity}`,
  ).join(", ");
  return [
    `Policy: ${plan.fixes?.length ?? 0} fixes applied, ${open.length} findings open (${bySeverity}), ${plan.waived?.length ?? 0} waived — details: idio policy`,
  ];
}

/** Cost in one glance: the monthly estimate against the budget. */
function costLines(plan: Plan): string[] {
  const cost = plan.cost;
  if (cost === undefined) return [];
  const monthly = formatUsdGrouped(usdToMicros(cost.monthlyUsd));
  const bound = cost.complete ? "" : " (lower bound: some prices are missing)";
  const budget =
    cost.budget.limitUsd === null
      ? "no budget set"
      : `${cost.budget.percentOfBudget}% of the ${formatUsdGrouped(usdToMicros(cost.budget.limitUsd))} budget, ${cost.budget.status === "unknown" ? "budget verdict unknown" : cost.budget.status.replaceAll("-", " ")}`;
  return [`Cost: ${monthly}/month${bound}, ${budget} — details: idio cost`];
}
