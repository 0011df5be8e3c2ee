import { ref } from "@idio-iac/graph";
import {
  behindCloudFront,
  type CompileContext,
  facesInternet,
  hostnameOf,
  nameOf,
  report,
  SHARED,
} from "../../context/context.js";
import { loadBalancersSpeakHttps } from "../../decide/choose-edge.js";
import { buildTierEdge } from "./build-tier-edge.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { subnetRefs } from "../platform/build-network.js";
import { addSecurityGroup, albSgId } from "./build-security-group.js";
import { addAlarms, type AlarmRecipe } from "./alarm-recipes.js";
import { dim } from "./build-observability.js";
import { tierScope, type TierScope } from "./tier-scope.js";
import { siteId, siteNamePart, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import { webAclProps } from "./web-acl.js";
import { addAliasRecords, validatedCertificate, zoneIdFor } from "./build-dns.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

/** TLS-only policy accepting TLS 1.2 and 1.3 with forward secrecy. */
export const TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

/** The port an ALB listens on for traffic it forwards: 443 when it terminates TLS, else 80. */
export function listenerPort(context: CompileContext): number {
  return loadBalancersSpeakHttps(context.intent, context.posture) ? 443 : 80;
}

/**
 * An Application Load Balancer for a web/api tier: internet-facing in the
 * public subnets when the tier faces the internet itself, internal in the
 * private subnets when it is internal or served through CloudFront. With
 * TLS required and a domain it terminates HTTPS with the ACM certificate of
 * the domain (an internet-facing one also redirects HTTP to HTTPS); without
 * a domain it listens on HTTP inside the VPC, and CloudFront serves HTTPS.
 */
export function buildLoadBalancer(
  context: CompileContext,
  t: ResolvedTier,
  target: { type: "ip" | "instance"; port: number },
  site: Site = "primary",
): { targetGroup: string; listener: string } {
  const s = tierScope(context, t, site);
  const { posture, intent } = context;
  const internetFacing = facesInternet(context, t);
  if (posture.tls && intent.domain === undefined && internetFacing && !s.dr) {
    report(context, `${t.pointer}/edge`, {
      code: CompileCode.TlsNeedsDomain,
      message: `Tier "${t.name}" has \`edge: none\`, so its own load balancer faces the internet and must terminate TLS, but the intent has no domain to issue a certificate for.`,
      hint: "Remove `edge: none` (CloudFront then serves HTTPS on its own name in front of an internal load balancer), or add `domain: <your DNS name>` so IDIO can request an ACM certificate.",
    });
  }
  if (posture.tls && intent.domain === undefined && !t.isPublic && !s.dr) {
    report(context, t.pointer, {
      code: CompileCode.PlainHttpInsideVpc,
      message: `Tier "${t.name}" is internal and the intent has no domain, so its load balancer cannot get a certificate: ${t.connectedFrom.join(", ")} call${t.connectedFrom.length === 1 ? "s" : ""} it over plain HTTP inside the VPC although encryption in transit is required.`,
      hint: "Add `domain: <your DNS name>`: every load balancer then terminates TLS with an ACM certificate and tiers call each other by private names over HTTPS.",
    });
  }
  addSecurityGroup(context, t, { id: albSgId(t, site), what: `Load balancer of ${t.name}`, site });
  addAlb(s, internetFacing);
  if (internetFacing) {
    // Each site's load balancer: a record of its own when several sites serve the name.
    addAliasRecords(
      context,
      t,
      {
        name: ref(s.id("alb"), "dnsName"),
        zoneId: ref(s.id("alb"), "zoneId"),
        what: "load balancer",
        ipv6: false,
        routed: true,
      },
      posture.tls ? "https" : "http",
      { hostname: hostnameOf(context, t.name) ?? "", site },
    );
  }
  addTargetGroup(s, target);
  const listener = loadBalancersSpeakHttps(intent, posture)
    ? addHttpsListeners(s, internetFacing)
    : addHttpListener(s);
  if (posture.waf && internetFacing) addWafAssociation(s);
  if (behindCloudFront(context, t)) buildTierEdge(s);
  addAlarms(
    context,
    t,
    ALB_ALARMS,
    undefined,
    {
      LoadBalancer: dim.arnSuffix(s.id("alb")),
      TargetGroup: dim.arnSuffix(s.id("target-group")),
    },
    site,
  );
  return { targetGroup: s.id("target-group"), listener };
}

function addAlb({ context, t, site, id }: TierScope, internetFacing: boolean): void {
  const { posture, availability } = context;
  const logsBucket = siteId(site, SHARED.logsBucket);
  context.nodes.add({
    id: id("alb"),
    kind: "aws.elbv2.load_balancer",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, [t.name, ...siteNamePart(site)], 32),
      internal: !internetFacing,
      subnetIds: subnetRefs(context, site, internetFacing ? "public" : "private"),
      securityGroupIds: [ref(albSgId(t, site))],
      dropInvalidHeaderFields: true,
      deletionProtection: availability.production,
      idleTimeoutSeconds: 60,
      accessLogs: posture.accessLogs
        ? { bucket: ref(logsBucket), prefix: `alb/${t.name}` }
        : undefined,
    },
    // ELB checks the bucket policy when access logs are switched on.
    dependsOn: posture.accessLogs ? [`${logsBucket}.policy`] : [],
    reason: because(
      `${internetFacing ? "Internet-facing" : t.isPublic ? "Internal (CloudFront in front)" : "Internal"} Application Load Balancer for ${t.name} across ${availability.zoneCount} AZs${availability.production ? ", deletion-protected" : ""}${posture.accessLogs ? ", with access logs" : ""}`,
      [
        t.pointer,
        `${t.pointer}/type`,
        ...(t.tier.public !== undefined ? [`${t.pointer}/public`] : [`${t.pointer}/connectsTo`]),
        ...(t.tier.edge !== undefined ? [`${t.pointer}/edge`] : []),
        "/availability",
        ...(posture.accessLogs ? posture.pointers.accessLogs : []),
      ],
      availability.calculation,
    ),
  });
}

function addTargetGroup(
  { context, t, site, id }: TierScope,
  target: { type: "ip" | "instance"; port: number },
): void {
  context.nodes.add({
    id: id("target-group"),
    kind: "aws.elbv2.target_group",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, [t.name, ...siteNamePart(site)], 32),
      port: target.port,
      protocol: "HTTP",
      targetType: target.type,
      vpcId: ref(siteId(site, SHARED.vpc)),
      healthCheckPath: t.healthCheckPath,
      deregistrationDelaySeconds: 30,
    },
    reason: because(
      `Targets of ${t.name} on port ${target.port}, health-checked at ${t.healthCheckPath}; 30 s deregistration keeps deployments quick`,
      [`${t.pointer}/port`, `${t.pointer}/healthCheckPath`],
    ),
  });
}

/** HTTPS forwarding to the targets, and for an internet-facing one port 80 redirecting to it; returns the HTTPS listener. */
function addHttpsListeners({ context, t, site, id }: TierScope, internetFacing: boolean): string {
  // Both listeners live where their load balancer does (a DR ALB's redirect in the DR region).
  const { intent, posture } = context;
  ensureCertificate(context, site);
  const listener = context.nodes.add({
    id: `${id("alb")}.listener.https`,
    kind: "aws.elbv2.listener",
    tier: t.name,
    region: site,
    props: {
      loadBalancerArn: ref(id("alb"), "arn"),
      port: 443,
      protocol: "HTTPS",
      sslPolicy: TLS_POLICY,
      certificateArn: validatedCertificate(context, siteId(site, SHARED.certificate), site),
      defaultAction: { type: "forward", targetGroupArn: ref(id("target-group"), "arn") },
    },
    reason: because(
      `HTTPS listener: TLS 1.2+ (${TLS_POLICY}) with the certificate of ${intent.domain ?? "the domain"}`,
      ["/security/encryptionInTransit", "/domain", ...posture.pointers.trail],
    ),
  });
  if (!internetFacing) return listener;
  context.nodes.add({
    id: `${id("alb")}.listener.http`,
    kind: "aws.elbv2.listener",
    tier: t.name,
    region: site,
    props: {
      loadBalancerArn: ref(id("alb"), "arn"),
      port: 80,
      protocol: "HTTP",
      defaultAction: { type: "redirect", port: "443", protocol: "HTTPS", statusCode: "HTTP_301" },
    },
    reason: because(
      "Port 80 only redirects to HTTPS, so browsers typing the bare name still land on TLS",
      ["/security/encryptionInTransit"],
    ),
  });
  return listener;
}

function addHttpListener({ context, t, site, id }: TierScope): string {
  return context.nodes.add({
    id: `${id("alb")}.listener.http`,
    kind: "aws.elbv2.listener",
    tier: t.name,
    region: site,
    props: {
      loadBalancerArn: ref(id("alb"), "arn"),
      port: 80,
      protocol: "HTTP",
      defaultAction: { type: "forward", targetGroupArn: ref(id("target-group"), "arn") },
    },
    reason: context.posture.tls
      ? because(
          `Plain HTTP listener inside the VPC: without a domain no certificate can be issued for the load balancer${behindCloudFront(context, t) ? "; CloudFront serves viewers over HTTPS" : ""}`,
          ["/domain", "/security/encryptionInTransit"],
        )
      : because("Plain HTTP listener: the intent turned encryption in transit off", [
          "/security/encryptionInTransit",
        ]),
  });
}

function addWafAssociation({ context, t, site, id }: TierScope): void {
  ensureWebAcl(context, site);
  context.nodes.add({
    id: id("waf.association"),
    kind: "aws.wafv2.web_acl_association",
    tier: t.name,
    region: site,
    props: { webAclArn: ref(siteId(site, "edge.waf"), "arn"), resourceArn: ref(id("alb"), "arn") },
    reason: because(
      `Puts the web ACL in front of ${t.name}'s public load balancer`,
      context.posture.pointers.waf,
    ),
  });
}

/**
 * A load balancer's alarms (namespace AWS/ApplicationELB), per target group. Server errors
 * are alarmed as a share of requests (load-balancer-alarms.ts), not as an absolute count
 * that means different things at different traffic.
 */
const ALB_ALARMS: readonly AlarmRecipe<undefined>[] = [
  {
    metric: "latency",
    namespace: "AWS/ApplicationELB",
    metricName: "TargetResponseTime",
    statistic: "Average",
    periodSeconds: 60,
    evaluationPeriods: 5,
    threshold: () => 1,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} average response time above 1 s for 5 minutes`,
  },
  {
    metric: "unhealthy-hosts",
    namespace: "AWS/ApplicationELB",
    metricName: "UnHealthyHostCount",
    statistic: "Maximum",
    periodSeconds: 60,
    evaluationPeriods: 3,
    threshold: () => 0,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} has unhealthy targets for 3 minutes`,
  },
];

/** The site's regional certificate for the domain and its sub-domains (shared by listeners and API custom domains). */
export function ensureCertificate(context: CompileContext, site: Site): void {
  const domain = context.intent.domain;
  const id = siteId(site, SHARED.certificate);
  if (domain === undefined || context.nodes.has(id)) return;
  context.nodes.add({
    id,
    kind: "aws.acm.certificate",
    tier: null,
    region: site,
    props: {
      domainName: domain,
      subjectAlternativeNames: [`*.${domain}`],
      validationMethod: "DNS",
      validationZoneId: zoneIdFor(context),
    },
    reason: because(
      `ACM certificate for ${domain} and its sub-domains (internal tiers are reached as <tier>.${domain}); DNS-validated, renewed automatically`,
      ["/domain", "/security/encryptionInTransit"],
    ),
  });
}

/** One regional web ACL shared by every public load balancer of a region. */
function ensureWebAcl(context: CompileContext, site: Site): void {
  const id = siteId(site, "edge.waf");
  if (context.nodes.has(id)) return;
  const sql = context.tiers.some((t) => t.type === "database" && t.connectedFrom.length > 0);
  const name = nameOf(context, ["waf", ...siteNamePart(site)], 128);
  context.nodes.add({
    id,
    kind: "aws.wafv2.web_acl",
    tier: null,
    region: site,
    props: webAclProps(name, "REGIONAL", { sql }),
    reason: because(
      `AWS WAF with managed rules (OWASP common, known bad inputs, IP reputation${sql ? ", SQL injection because a tier talks to a SQL database" : ""}) and a per-IP rate limit`,
      context.posture.pointers.waf,
      [
        "rate limit 2,000 requests / 5 min per client IP = ~6.7 req/s sustained, far above a person browsing",
      ],
    ),
  });
}
