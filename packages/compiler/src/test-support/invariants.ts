import {
  dependenciesOf,
  nodeById,
  visitJson,
  type GraphNode,
  type PolicyStatement,
  type ResourceGraph,
} from "@idio-iac/graph";
import type { Waves } from "../order-graph.js";

/** Ingress rules open to the internet that are not a public load balancer's 80/443. */
export function openIngressViolations(graph: ResourceGraph): string[] {
  const byId = nodeById(graph);
  const violations: string[] = [];
  for (const node of graph.nodes) {
    if (node.kind !== "aws.ec2.security_group_ingress") continue;
    const cidr = node.props.cidrIpv4;
    if (cidr === undefined || (cidr !== "0.0.0.0/0" && !cidr.startsWith("0.0.0.0"))) continue;
    const groupId = node.props.securityGroupId.ref;
    const albs = graph.nodes.filter(
      (n) =>
        n.kind === "aws.elbv2.load_balancer" &&
        !n.props.internal &&
        n.props.securityGroupIds.some((sg) => sg.ref === groupId),
    );
    const port = node.props.fromPort === node.props.toPort ? node.props.fromPort : -1;
    if (albs.length === 0 || (port !== 80 && port !== 443) || !byId.has(groupId)) {
      violations.push(`${node.id}: ${cidr} on ${node.props.fromPort}-${node.props.toPort}`);
    }
  }
  return violations;
}

function statementsOf(node: GraphNode): PolicyStatement[] {
  if (node.kind === "aws.iam.role")
    return node.props.inlinePolicies.flatMap((p) => [...p.statements]);
  if (node.kind === "aws.s3.bucket_policy") return [...node.props.statements];
  return [];
}

/** Allow statements granting a wildcard action (`*`, `s3:*`, ...). */
export function wildcardAllows(graph: ResourceGraph): string[] {
  return graph.nodes.flatMap((node) =>
    statementsOf(node)
      .filter((s) => s.effect === "Allow" && s.actions.some((a) => a.includes("*")))
      .map((s) => `${node.id}: ${s.sid}`),
  );
}

const SECRET_KEY = /(password|passwd|secretString|secretValue|authToken|privateKey|accessKey)/i;

/** A secret-looking key holding a literal string anywhere in any node's props. */
export function literalSecrets(graph: ResourceGraph): string[] {
  const found: string[] = [];
  for (const node of graph.nodes) {
    visitJson(node.props, (item, path, parent) => {
      const key = path[path.length - 1];
      if (typeof key !== "string" || typeof item !== "string") return;
      const at = `${node.id}${path
        .slice(0, -1)
        .map((part) => `/${part}`)
        .join("")}`;
      if (SECRET_KEY.test(key)) found.push(`${at}/${key}`);
      // Environment variables: a secret-looking name must carry a reference, never a value.
      if (key === "name" && /PASSWORD|SECRET(?!_ARN)|TOKEN/.test(item)) {
        const sibling = (parent as Record<string, unknown>).value;
        if (typeof sibling === "string") found.push(`${at}/${item}`);
      }
    });
  }
  return found;
}

/** Nodes whose dependency is not in an earlier wave, or that are missing from the order. */
export function orderViolations(graph: ResourceGraph, waves: Waves): string[] {
  const waveOf = new Map<string, number>();
  waves.forEach((wave, index) => wave.forEach((id) => waveOf.set(id, index)));
  const violations: string[] = [];
  for (const node of graph.nodes) {
    const own = waveOf.get(node.id);
    if (own === undefined) {
      violations.push(`${node.id} is not ordered`);
      continue;
    }
    for (const dep of dependenciesOf(node)) {
      const before = waveOf.get(dep);
      if (before === undefined || before >= own) violations.push(`${node.id} before ${dep}`);
    }
  }
  if (waveOf.size !== graph.nodes.length) violations.push("order has ids that are not nodes");
  return violations;
}

/** AWS name limits the emitted code would otherwise fail on at apply time. */
const NAME_LIMITS: Partial<Record<GraphNode["kind"], { prop: string; max: number }>> = {
  "aws.lambda.function": { prop: "functionName", max: 64 },
  "aws.s3.bucket": { prop: "namePrefix", max: 37 },
  "aws.rds.cluster": { prop: "identifier", max: 63 },
  "aws.rds.instance": { prop: "identifier", max: 63 },
  "aws.rds.cluster_instance": { prop: "identifier", max: 63 },
  "aws.rds.global_cluster": { prop: "identifier", max: 63 },
  "aws.elbv2.load_balancer": { prop: "name", max: 32 },
  "aws.elbv2.target_group": { prop: "name", max: 32 },
  "aws.iam.role": { prop: "name", max: 64 },
  "aws.elasticache.replication_group": { prop: "replicationGroupId", max: 40 },
  "aws.sqs.queue": { prop: "name", max: 80 },
  "aws.dynamodb.table": { prop: "name", max: 255 },
  "aws.kinesis.stream": { prop: "name", max: 128 },
};

export function nameLimitViolations(graph: ResourceGraph): string[] {
  const violations: string[] = [];
  for (const node of graph.nodes) {
    const limit = NAME_LIMITS[node.kind];
    if (limit === undefined) continue;
    const value = (node.props as unknown as Record<string, unknown>)[limit.prop];
    if (typeof value === "string" && value.length > limit.max)
      violations.push(`${node.id}.${limit.prop} is ${value.length} > ${limit.max}: ${value}`);
  }
  return violations;
}
