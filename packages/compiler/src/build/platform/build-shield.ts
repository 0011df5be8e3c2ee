import {
  join,
  ref,
  type GraphNode,
  type HostedZoneProps,
  type LoadBalancerProps,
} from "@idio-iac/graph";
import { type CompileContext, nameOf, report } from "../../context/context.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { because } from "../../reason.js";

const POINTER = "/security/shieldAdvanced";
const DOCS = "https://docs.aws.amazon.com/waf/latest/developerguide/ddos-advanced-summary.html";
const PRICING = "https://aws.amazon.com/shield/pricing/";

/**
 * `security.shieldAdvanced`: a Shield Advanced protection for every resource the internet
 * reaches directly — internet-facing load balancers, CloudFront distributions and public Route
 * 53 zones — in every site (https://docs.aws.amazon.com/waf/latest/developerguide/ddos-choose-resources.html).
 * The subscription is the account's and is not created here: it commits the whole account to a
 * year at $3,000 a month (IDIO443 says so; the cost estimate prices it once).
 */
export function buildShield(context: CompileContext): void {
  if (!context.intent.security.shieldAdvanced) return;
  const targets = [...context.nodes.all()].filter(isShieldTarget);
  for (const target of targets) addProtection(context, target);
  report(context, POINTER, {
    code: CompileCode.ShieldAdvancedSubscription,
    message: `Shield Advanced protects ${targets.length} resource${targets.length === 1 ? "" : "s"} only once the AWS account subscribes to it: the subscription is account-wide, costs US$3,000 a month with a one-year commitment (plus data transfer out of protected resources), and IDIO does not create it`,
    hint: `Subscribe once per account before the first deploy (aws shield create-subscription, or the Shield console), or set security.shieldAdvanced: false; Shield Standard protects every resource at no charge. See ${DOCS} and ${PRICING}`,
  });
}

function isShieldTarget(node: GraphNode): boolean {
  if (node.kind === "aws.elbv2.load_balancer") return !(node.props as LoadBalancerProps).internal;
  if (node.kind === "aws.cloudfront.distribution") return true;
  if (node.kind === "aws.route53.zone") return (node.props as HostedZoneProps).vpc === undefined;
  return false;
}

const WHAT: Readonly<Record<string, string>> = {
  "aws.elbv2.load_balancer": "internet-facing load balancer",
  "aws.cloudfront.distribution": "CloudFront distribution",
  "aws.route53.zone": "public hosted zone",
};

function addProtection(context: CompileContext, target: GraphNode): void {
  // A hosted zone's ARN is built from its id (Route 53 returns none): arn:aws:route53:::hostedzone/Z….
  const resourceArn =
    target.kind === "aws.route53.zone"
      ? join("arn:aws:route53:::hostedzone/", ref(target.id, "id"))
      : ref(target.id, "arn");
  context.nodes.add({
    id: `${target.id}.shield`,
    kind: "aws.shield.protection",
    tier: target.tier,
    region: target.region,
    props: {
      name: nameOf(
        context,
        [...target.id.split(".").filter((part) => part !== "edge"), "shield"],
        128,
      ),
      resourceArn,
    },
    reason: because(
      `Shield Advanced protection of the ${WHAT[target.kind]} ${target.id}: DDoS detection tuned to it, the Shield Response Team, and cost protection for scaling during an attack`,
      [POINTER],
      ["the account's Shield Advanced subscription covers every protection: $3,000 a month, once"],
    ),
  });
}
