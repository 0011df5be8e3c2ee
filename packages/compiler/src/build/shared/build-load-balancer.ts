import { ref } from "@idio-iac/graph";
import { type CompileContext, nameOf, report, SHARED } from "../../context/context.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { subnetRefs } from "../platform/build-network.js";
import { addSecurityGroup, albSgId } from "./build-security-group.js";
import { addAlarms, type AlarmRecipe } from "./alarm-recipes.js";
import { dim } from "./build-observability.js";
import { tierScope, type TierScope } from "./tier-scope.js";
import { siteId, type Site } from "../../ids.js";
import { because } from "../../reason.js";
import { webAclProps } from "./web-acl.js";
import { addAliasRecords, validatedCertificate, zoneIdFor } from "./build-dns.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";

/** TLS-only policy accepting TLS 1.2 and 1.3 with forward secrecy. */
export const TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

/** The port an ALB listens on for traffic it forwards: 443 with TLS, else 80. */
export function listenerPort(context: CompileContext): number {
  return context.posture.tls ? 443 : 80;
}

/**
 * An Application Load Balancer for a web/api tier: internet-facing in the
 * public subnets when the tier is public, internal in the private subnets
 * otherwise. With TLS required it terminates HTTPS with the ACM certificate
 * of the intent's domain and redirects HTTP to HTTPS.
 */
export function buildLoadBalancer(
  context: CompileContext,
  t: ResolvedTier,
  target: { type: "ip" | "instance"; port: number },
  site: Site = "primary",
): { targetGroup: string; listener: string } {
  const s = tierScope(context, t, site);
  const { posture, intent } = context;
  if (posture.tls && intent.domain === undefined && !s.dr) {
    report(context, t.pointer, {
      code: CompileCode.TlsNeedsDomain,
      message: `Tier "${t.name}" sits behind a load balancer that must terminate TLS, but the intent has no domain to issue a certificate for.`,
      hint: "Add `domain: <your DNS name>` so IDIO can request an ACM certificate, or set `compute: lambda` (API Gateway serves HTTPS on its own endpoint), or set `security.encryptionInTransit: false` for a non-production stack without PCI-DSS or HIPAA.",
    });
  }
  addSecurityGroup(context, t, { id: albSgId(t, site), what: `Load balancer of ${t.name}`, site });
  addAlb(s);
  if (t.isPublic && !s.dr) {
    addAliasRecords(
      context,
      t,
      {
        name: ref(s.id("alb"), "dnsName"),
        zoneId: ref(s.id("alb"), "zoneId"),
        what: "load balancer",
        ipv6: false,
      },
      posture.tls ? "https" : "http",
    );
  }
  addTargetGroup(s, target);
  const listener = posture.tls ? addHttpsListeners(s) : addHttpListener(s);
  if (posture.waf && t.isPublic) addWafAssociation(s);
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

function addAlb({ context, t, site, dr, id }: TierScope): void {
  const { posture, availability } = context;
  const logsBucket = siteId(site, SHARED.logsBucket);
  context.nodes.add({
    id: id("alb"),
    kind: "aws.elbv2.load_balancer",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, dr ? [t.name, "dr"] : [t.name], 32),
      internal: !t.isPublic,
      subnetIds: subnetRefs(context, site, t.isPublic ? "public" : "private"),
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
      `${t.isPublic ? "Internet-facing" : "Internal"} Application Load Balancer for ${t.name} across ${availability.zoneCount} AZs${availability.production ? ", deletion-protected" : ""}${posture.accessLogs ? ", with access logs" : ""}`,
      [
        t.pointer,
        `${t.pointer}/type`,
        ...(t.tier.public !== undefined ? [`${t.pointer}/public`] : [`${t.pointer}/connectsTo`]),
        "/availability",
        ...(posture.accessLogs ? posture.pointers.accessLogs : []),
      ],
      availability.calculation,
    ),
  });
}

function addTargetGroup(
  { context, t, site, dr, id }: TierScope,
  target: { type: "ip" | "instance"; port: number },
): void {
  context.nodes.add({
    id: id("target-group"),
    kind: "aws.elbv2.target_group",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, dr ? [t.name, "dr"] : [t.name], 32),
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

/** HTTPS forwarding to the targets, and for a public tier port 80 redirecting to it; returns the HTTPS listener. */
function addHttpsListeners({ context, t, site, id }: TierScope): string {
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
  if (!t.isPublic) return listener;
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
    reason: because("Plain HTTP listener: the intent turned encryption in transit off", [
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

/** A load balancer's alarms (namespace AWS/ApplicationELB), per target group. */
const ALB_ALARMS: readonly AlarmRecipe<undefined>[] = [
  {
    metric: "5xx",
    namespace: "AWS/ApplicationELB",
    metricName: "HTTPCode_Target_5XX_Count",
    statistic: "Sum",
    periodSeconds: 60,
    evaluationPeriods: 5,
    threshold: () => 50,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} returns more than 50 server errors (5xx) a minute for 5 minutes`,
  },
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
  const name = nameOf(context, site === "dr" ? ["waf", "dr"] : ["waf"], 128);
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
