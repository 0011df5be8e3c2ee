import { ref } from "@idio/graph";
import { type CompileContext, nameOf, report, SHARED } from "./context.js";
import { CompileCode } from "./diagnostic-codes.js";
import { subnetRefs } from "./build-network.js";
import { addSecurityGroup, albSgId } from "./build-security-group.js";
import { addAlarm, dim } from "./build-observability.js";
import { because } from "./reason.js";
import type { ResolvedTier } from "./resolve-tiers.js";

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
): { targetGroup: string; listener: string } {
  const { nodes, intent, posture, availability } = context;
  const p = t.prefix;
  const albId = `${p}.alb`;
  const tgId = `${p}.target-group`;
  const tls = posture.tls;
  if (tls && intent.domain === undefined) {
    report(context, t.pointer, {
      code: CompileCode.TlsNeedsDomain,
      severity: "error",
      message: `Tier "${t.name}" sits behind a load balancer that must terminate TLS, but the intent has no domain to issue a certificate for.`,
      hint: "Add `domain: <your DNS name>` so IDIO can request an ACM certificate, or set `compute: lambda` (API Gateway serves HTTPS on its own endpoint), or set `security.encryptionInTransit: false` for a non-production stack without PCI-DSS or HIPAA.",
    });
  }
  addSecurityGroup(context, t, {
    id: albSgId(t),
    what: `Load balancer of ${t.name}`,
  });
  const layer = t.isPublic ? "public" : "private";
  nodes.add({
    id: albId,
    kind: "aws.elbv2.load_balancer",
    tier: t.name,
    props: {
      name: nameOf(context, [t.name], 32),
      internal: !t.isPublic,
      subnetIds: subnetRefs(context, "primary", layer),
      securityGroupIds: [ref(albSgId(t))],
      dropInvalidHeaderFields: true,
      deletionProtection: availability.production,
      idleTimeoutSeconds: 60,
      accessLogs: posture.accessLogs
        ? { bucket: ref(SHARED.logsBucket), prefix: `alb/${t.name}` }
        : undefined,
    },
    // ELB checks the bucket policy when access logs are switched on.
    dependsOn: posture.accessLogs ? [`${SHARED.logsBucket}.policy`] : [],
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
  nodes.add({
    id: tgId,
    kind: "aws.elbv2.target_group",
    tier: t.name,
    props: {
      name: nameOf(context, [t.name], 32),
      port: target.port,
      protocol: "HTTP",
      targetType: target.type,
      vpcId: ref(SHARED.vpc),
      healthCheckPath: t.healthCheckPath,
      deregistrationDelaySeconds: 30,
    },
    reason: because(
      `Targets of ${t.name} on port ${target.port}, health-checked at ${t.healthCheckPath}; 30 s deregistration keeps deployments quick`,
      [`${t.pointer}/port`, `${t.pointer}/healthCheckPath`],
    ),
  });

  let forwardListener: string;
  if (tls) {
    ensureCertificate(context);
    forwardListener = nodes.add({
      id: `${albId}.listener.https`,
      kind: "aws.elbv2.listener",
      tier: t.name,
      props: {
        loadBalancerArn: ref(albId, "arn"),
        port: 443,
        protocol: "HTTPS",
        sslPolicy: TLS_POLICY,
        certificateArn: ref(SHARED.certificate, "arn"),
        defaultAction: { type: "forward", targetGroupArn: ref(tgId, "arn") },
      },
      reason: because(
        `HTTPS listener: TLS 1.2+ (${TLS_POLICY}) with the certificate of ${intent.domain ?? "the domain"}`,
        ["/security/encryptionInTransit", "/domain", ...posture.pointers.trail],
      ),
    });
    if (t.isPublic) {
      nodes.add({
        id: `${albId}.listener.http`,
        kind: "aws.elbv2.listener",
        tier: t.name,
        props: {
          loadBalancerArn: ref(albId, "arn"),
          port: 80,
          protocol: "HTTP",
          defaultAction: {
            type: "redirect",
            port: "443",
            protocol: "HTTPS",
            statusCode: "HTTP_301",
          },
        },
        reason: because(
          "Port 80 only redirects to HTTPS, so browsers typing the bare name still land on TLS",
          ["/security/encryptionInTransit"],
        ),
      });
    }
  } else {
    forwardListener = nodes.add({
      id: `${albId}.listener.http`,
      kind: "aws.elbv2.listener",
      tier: t.name,
      props: {
        loadBalancerArn: ref(albId, "arn"),
        port: 80,
        protocol: "HTTP",
        defaultAction: { type: "forward", targetGroupArn: ref(tgId, "arn") },
      },
      reason: because("Plain HTTP listener: the intent turned encryption in transit off", [
        "/security/encryptionInTransit",
      ]),
    });
  }

  if (posture.waf && t.isPublic) {
    ensureWebAcl(context);
    nodes.add({
      id: `${p}.waf.association`,
      kind: "aws.wafv2.web_acl_association",
      tier: t.name,
      props: { webAclArn: ref("edge.waf", "arn"), resourceArn: ref(albId, "arn") },
      reason: because(
        `Puts the web ACL in front of ${t.name}'s public load balancer`,
        posture.pointers.waf,
      ),
    });
  }

  const lb = dim.arnSuffix(albId);
  const tg = dim.arnSuffix(tgId);
  addAlarm(context, t, {
    metric: "5xx",
    summary: `${t.name} returns more than 50 server errors (5xx) a minute for 5 minutes`,
    props: {
      namespace: "AWS/ApplicationELB",
      metricName: "HTTPCode_Target_5XX_Count",
      dimensions: { LoadBalancer: lb, TargetGroup: tg },
      statistic: "Sum",
      periodSeconds: 60,
      evaluationPeriods: 5,
      threshold: 50,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  addAlarm(context, t, {
    metric: "latency",
    summary: `${t.name} average response time above 1 s for 5 minutes`,
    props: {
      namespace: "AWS/ApplicationELB",
      metricName: "TargetResponseTime",
      dimensions: { LoadBalancer: lb, TargetGroup: tg },
      statistic: "Average",
      periodSeconds: 60,
      evaluationPeriods: 5,
      threshold: 1,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  addAlarm(context, t, {
    metric: "unhealthy-hosts",
    summary: `${t.name} has unhealthy targets for 3 minutes`,
    props: {
      namespace: "AWS/ApplicationELB",
      metricName: "UnHealthyHostCount",
      dimensions: { LoadBalancer: lb, TargetGroup: tg },
      statistic: "Maximum",
      periodSeconds: 60,
      evaluationPeriods: 3,
      threshold: 0,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  return { targetGroup: tgId, listener: forwardListener };
}

function ensureCertificate(context: CompileContext): void {
  const domain = context.intent.domain;
  if (domain === undefined || context.nodes.has(SHARED.certificate)) return;
  context.nodes.add({
    id: SHARED.certificate,
    kind: "aws.acm.certificate",
    tier: null,
    props: {
      domainName: domain,
      subjectAlternativeNames: [`*.${domain}`],
      validationMethod: "DNS",
    },
    reason: because(
      `ACM certificate for ${domain} and its sub-domains (internal tiers are reached as <tier>.${domain}); validated by a DNS record you add, renewed automatically`,
      ["/domain", "/security/encryptionInTransit"],
    ),
  });
}

/** One regional web ACL shared by every public load balancer. */
function ensureWebAcl(context: CompileContext): void {
  if (context.nodes.has("edge.waf")) return;
  const sql = context.tiers.some((t) => t.type === "database" && t.connectedFrom.length > 0);
  const groups = [
    "AWSManagedRulesCommonRuleSet",
    "AWSManagedRulesKnownBadInputsRuleSet",
    "AWSManagedRulesAmazonIpReputationList",
    ...(sql ? ["AWSManagedRulesSQLiRuleSet"] : []),
  ];
  context.nodes.add({
    id: "edge.waf",
    kind: "aws.wafv2.web_acl",
    tier: null,
    props: {
      name: nameOf(context, ["waf"], 128),
      scope: "REGIONAL",
      defaultAction: "allow",
      managedRuleGroups: groups.map((name, index) => ({
        vendor: "AWS",
        name,
        priority: index + 1,
      })),
      rateLimitPer5Minutes: 2000,
      metricName: nameOf(context, ["waf"], 128).replace(/-/g, ""),
    },
    reason: because(
      `AWS WAF with managed rules (OWASP common, known bad inputs, IP reputation${sql ? ", SQL injection because a tier talks to a SQL database" : ""}) and a per-IP rate limit`,
      context.posture.pointers.waf,
      [
        "rate limit 2,000 requests / 5 min per client IP = ~6.7 req/s sustained, far above a person browsing",
      ],
    ),
  });
}
