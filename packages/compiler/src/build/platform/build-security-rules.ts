import { ref } from "@idio-iac/graph";
import {
  behindCloudFront,
  type CompileContext,
  facesInternet,
  sitesOf,
} from "../../context/context.js";
import type { Site } from "../../ids.js";
import { cidrOf, zoneLetter, zonesOf } from "./build-network.js";
import { edgeChoicePointers } from "../../decide/choose-edge.js";
import { edgesFrom } from "../../context/connections.js";
import { listenerPort } from "../shared/build-load-balancer.js";
import { albSgId, sgId } from "../shared/build-security-group.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

/**
 * The least-privilege chain derived from `connectsTo` and nothing else:
 * internet -> public load balancer (80/443 only) -> app port -> each data
 * store on its engine port. Every allowed flow is a pair of rules (egress
 * from the caller, ingress at the callee) naming the other security group,
 * never a CIDR; 0.0.0.0/0 appears only on public listener ports and on
 * HTTPS egress to AWS APIs.
 */
export function buildSecurityRules(context: CompileContext): void {
  for (const site of sitesOf(context)) buildSiteRules(context, site);
}

function buildSiteRules(context: CompileContext, site: Site): void {
  for (const t of context.tiers) {
    const decision = context.compute.get(t.name);
    if (decision?.entry === "alb") loadBalancerRules(context, t, site);
    if (decision !== undefined && context.inVpc.has(t.name)) {
      context.nodes.add({
        id: `${sgId(t, site)}.egress.https`,
        kind: "aws.ec2.security_group_egress",
        tier: t.name,
        region: site,
        props: {
          securityGroupId: ref(sgId(t, site)),
          description:
            "HTTPS to AWS APIs (ECR, Secrets Manager, CloudWatch) through NAT and endpoints",
          ipProtocol: "tcp",
          fromPort: 443,
          toPort: 443,
          cidrIpv4: "0.0.0.0/0",
        },
        reason: because(
          `${t.name} calls AWS APIs over HTTPS; no other outbound port is open to the internet`,
          [t.pointer],
        ),
      });
    }
    if (!context.inVpc.has(t.name)) continue;
    for (const edge of edgesFrom(context, t)) {
      const to = edge.to;
      if (!context.inVpc.has(to.name)) continue;
      if (edge.role === "database" || edge.role === "cache") {
        pair(
          context,
          t,
          to,
          sgId(to, site),
          to.port,
          edge.pointer,
          `${to.type} port ${to.port}`,
          site,
        );
      } else if (edge.role === "http-alb" && !facesInternet(context, to)) {
        pair(
          context,
          t,
          to,
          albSgId(to, site),
          listenerPort(context),
          edge.pointer,
          `${to.name}'s internal load balancer`,
          site,
        );
      }
    }
  }
}

function loadBalancerRules(context: CompileContext, t: ResolvedTier, site: Site): void {
  const alb = albSgId(t, site);
  const app = sgId(t, site);
  if (facesInternet(context, t)) publicIngress(context, t, site);
  if (behindCloudFront(context, t)) cloudFrontIngress(context, t, site);
  context.nodes.add({
    id: `${alb}.egress.app`,
    kind: "aws.ec2.security_group_egress",
    tier: t.name,
    region: site,
    props: {
      securityGroupId: ref(alb),
      description: `To ${t.name} on port ${t.port}`,
      ipProtocol: "tcp",
      fromPort: t.port,
      toPort: t.port,
      destinationSecurityGroupId: ref(app),
    },
    reason: because(`The load balancer may reach only ${t.name}'s port ${t.port}`, [
      `${t.pointer}/port`,
    ]),
  });
  context.nodes.add({
    id: `${app}.ingress.alb`,
    kind: "aws.ec2.security_group_ingress",
    tier: t.name,
    region: site,
    props: {
      securityGroupId: ref(app),
      description: `From ${t.name}'s load balancer on port ${t.port}`,
      ipProtocol: "tcp",
      fromPort: t.port,
      toPort: t.port,
      sourceSecurityGroupId: ref(alb),
    },
    reason: because(`${t.name} accepts traffic only from its load balancer`, [`${t.pointer}/port`]),
  });
}

/** A public load balancer listens to the internet on 443 and 80 (80 alone without TLS). */
function publicIngress(context: CompileContext, t: ResolvedTier, site: Site): void {
  const { posture } = context;
  const alb = albSgId(t, site);
  for (const port of posture.tls ? [443, 80] : [80]) {
    context.nodes.add({
      id: `${alb}.ingress.${port === 443 ? "https" : "http"}`,
      kind: "aws.ec2.security_group_ingress",
      tier: t.name,
      region: site,
      props: {
        securityGroupId: ref(alb),
        description:
          port === 443
            ? "HTTPS from the internet"
            : posture.tls
              ? "HTTP from the internet (redirected to HTTPS)"
              : "HTTP from the internet",
        ipProtocol: "tcp",
        fromPort: port,
        toPort: port,
        cidrIpv4: "0.0.0.0/0",
      },
      reason: because(
        `${t.name} is public: its load balancer listens on ${port} to the internet, and nothing else does`,
        [t.pointer, `${t.pointer}/public`, "/security/encryptionInTransit"],
      ),
    });
  }
}

/**
 * CloudFront's VPC origin reaches the internal load balancer from network
 * interfaces it places in the load balancer's subnets (the private ones), so
 * those subnets' ranges may reach the listener port; nothing outside the VPC
 * can reach an internal load balancer at all. The service's own security
 * group (CloudFront-VPCOrigins-Service-SG) exists only once the origin does,
 * so a rule cannot name it before the first apply.
 */
function cloudFrontIngress(context: CompileContext, t: ResolvedTier, site: Site): void {
  const alb = albSgId(t, site);
  const port = listenerPort(context);
  zonesOf(context, site).forEach((zone, index) => {
    const cidr = cidrOf(context, site, "private", index);
    context.nodes.add({
      id: `${alb}.ingress.cloudfront-${zoneLetter(zone)}`,
      kind: "aws.ec2.security_group_ingress",
      tier: t.name,
      region: site,
      props: {
        securityGroupId: ref(alb),
        description: `CloudFront VPC origin in ${zone} on ${port}`,
        ipProtocol: "tcp",
        fromPort: port,
        toPort: port,
        cidrIpv4: cidr,
      },
      reason: because(
        `CloudFront's VPC origin reaches ${t.name}'s load balancer from the private subnet ${cidr} (${zone}) on ${port}`,
        [t.pointer, ...edgeChoicePointers(t)],
      ),
    });
  });
}

function pair(
  context: CompileContext,
  from: ResolvedTier,
  to: ResolvedTier,
  targetSg: string,
  port: number,
  pointer: string,
  what: string,
  site: Site,
): void {
  const { nodes } = context;
  nodes.add({
    id: `${sgId(from, site)}.egress.${to.name}`,
    kind: "aws.ec2.security_group_egress",
    tier: from.name,
    region: site,
    props: {
      securityGroupId: ref(sgId(from, site)),
      description: `To ${to.name} (${what})`,
      ipProtocol: "tcp",
      fromPort: port,
      toPort: port,
      destinationSecurityGroupId: ref(targetSg),
    },
    reason: because(
      `${from.name} connects to ${to.name}, so it may open connections to it on ${port} only`,
      [pointer],
    ),
  });
  nodes.add({
    id: `${targetSg}.ingress.${from.name}`,
    kind: "aws.ec2.security_group_ingress",
    tier: to.name,
    region: site,
    props: {
      securityGroupId: ref(targetSg),
      description: `From ${from.name} on ${port}`,
      ipProtocol: "tcp",
      fromPort: port,
      toPort: port,
      sourceSecurityGroupId: ref(sgId(from, site)),
    },
    reason: because(`${from.name} connects to ${to.name}: the only way in, on ${port}`, [pointer]),
  });
}
