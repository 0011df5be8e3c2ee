import { join, ref } from "@idio-iac/graph";
import {
  type CompileContext,
  functionNameOf,
  kmsKeyRef,
  nameOf,
  report,
} from "../../context/context.js";
import { CompileCode } from "../../diagnostic-codes.js";
import { subnetRefs } from "../platform/build-network.js";
import { addAlarm, addLogGroup, dim } from "../shared/build-observability.js";
import { accessFor } from "../shared/build-permissions.js";
import { addSecurityGroup, sgId } from "../shared/build-security-group.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { ComputeDecision } from "../../decide/select-compute.js";
import { sizeLambda } from "../../size/size-lambda.js";
import { siteTarget } from "../../context/connections.js";
import { siteId, type Site } from "../../ids.js";

const HANDLERS: Readonly<Record<string, string>> = {
  "nodejs20.x": "index.handler",
  "nodejs22.x": "index.handler",
  "python3.12": "app.handler",
  "python3.13": "app.handler",
  java21: "example.Handler::handleRequest",
  "provided.al2023": "bootstrap",
};

/** A Lambda function with its role and logs; behind an HTTP API when it serves public HTTP. */
export function buildLambda(
  context: CompileContext,
  t: ResolvedTier,
  decision: ComputeDecision,
  site: Site = "primary",
): void {
  const { nodes, posture } = context;
  const p = siteId(site, t.prefix);
  const dr = site === "dr";
  const sizing = sizeLambda(t);
  const access = accessFor(context, t, "lambda", site);
  const inVpc = context.inVpc.has(t.name);
  const functionName = functionNameOf(context, t.name, site);
  const logGroup = addLogGroup(context, t, `/aws/lambda/${functionName}`, {
    id: `${p}.log-group`,
    site,
  });
  const managed = ["AWSXRayDaemonWriteAccess"];
  if (inVpc) managed.push("service-role/AWSLambdaVPCAccessExecutionRole");
  nodes.add({
    id: `${p}.role`,
    kind: "aws.iam.role",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, [t.name, ...(dr ? ["dr"] : []), "function"]),
      description: `Role the function ${t.name} runs as`,
      assumedBy: ["lambda.amazonaws.com"],
      inlinePolicies: [
        {
          name: "logs",
          statements: [
            {
              sid: "WriteOwnLogs",
              effect: "Allow",
              actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
              resources: [ref(logGroup, "arn"), join(ref(logGroup, "arn"), ":*")],
            },
          ],
        },
        ...(access.statements.length
          ? [{ name: "connections", statements: access.statements }]
          : []),
      ],
      managedPolicies: managed,
      maxSessionDurationSeconds: 3600,
    },
    reason: because(
      `Function role: write its own log group, X-Ray traces${inVpc ? ", VPC network interfaces" : ""}, and only the actions its connections need`,
      [`${t.pointer}/connectsTo`, ...access.pointers],
    ),
  });
  if (inVpc) addSecurityGroup(context, t, { id: sgId(t, site), what: `Function ${t.name}`, site });
  nodes.add({
    id: `${p}.function`,
    kind: "aws.lambda.function",
    tier: t.name,
    region: site,
    props: {
      functionName,
      runtime: t.runtime,
      handler: HANDLERS[t.runtime] ?? "index.handler",
      memorySize: sizing.memoryMb,
      timeoutSeconds: sizing.timeoutSeconds,
      architectures: ["arm64"],
      roleArn: ref(`${p}.role`, "arn"),
      tracing: "Active",
      reservedConcurrency: sizing.reservedConcurrency,
      environment: Object.fromEntries(access.environment.map((e) => [e.name, e.value])),
      kmsKeyArn: kmsKeyRef(context, "arn", site),
      vpcConfig: inVpc
        ? {
            subnetIds: subnetRefs(context, site, "private"),
            securityGroupIds: [ref(sgId(t, site))],
          }
        : undefined,
      logGroupName: ref(logGroup, "name"),
      code: { placeholder: true },
    },
    reason: because(
      `${decision.summary}; ${sizing.memoryMb} MB arm64 (Graviton, ~20% cheaper per GB-second)${inVpc ? "; in private subnets to reach its data stores" : ""}`,
      [
        t.pointer,
        ...decision.fields.map((f) => `${t.pointer}/${f}`),
        `${t.pointer}/runtime`,
        ...sizing.pointers,
      ],
      [`rule ${decision.rule}`, ...sizing.calculation],
    ),
  });

  if (decision.entry === "http-api") buildHttpApi(context, t, site);
  for (const edge of access.edges) {
    if (edge.role !== "queue-consumer" && edge.role !== "stream-consumer") continue;
    const stream = edge.role === "stream-consumer";
    nodes.add({
      id: `${p}.source.${edge.to.name}`,
      kind: "aws.lambda.event_source_mapping",
      tier: t.name,
      region: site,
      props: {
        functionName: ref(`${p}.function`, "name"),
        eventSourceArn: ref(siteTarget(context, edge.to, site), "arn"),
        batchSize: stream ? 100 : 10,
        startingPosition: stream ? "LATEST" : undefined,
        maximumBatchingWindowSeconds: t.tier.trafficPattern === "batch" ? 30 : undefined,
      },
      dependsOn: [`${p}.role`],
      reason: because(
        `${t.name} consumes ${edge.to.name} (${stream ? "100 records" : "10 messages"} per invocation${t.tier.trafficPattern === "batch" ? ", batched for up to 30 s" : ""})`,
        [edge.pointer, `${t.pointer}/trafficPattern`],
      ),
    });
  }

  const fn = { FunctionName: dim.name(`${p}.function`) };
  addAlarm(context, t, {
    site,
    metric: "errors",
    summary: `${t.name} fails more than 10 invocations in 5 minutes`,
    props: {
      namespace: "AWS/Lambda",
      metricName: "Errors",
      dimensions: fn,
      statistic: "Sum",
      periodSeconds: 300,
      evaluationPeriods: 1,
      threshold: 10,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  addAlarm(context, t, {
    site,
    metric: "throttles",
    summary: `${t.name} is throttled (concurrency limit reached)`,
    props: {
      namespace: "AWS/Lambda",
      metricName: "Throttles",
      dimensions: fn,
      statistic: "Sum",
      periodSeconds: 300,
      evaluationPeriods: 1,
      threshold: 0,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  const slow = Math.round(sizing.timeoutSeconds * 800);
  addAlarm(context, t, {
    site,
    metric: "duration",
    summary: `${t.name} average duration above 80% of its ${sizing.timeoutSeconds} s timeout`,
    props: {
      namespace: "AWS/Lambda",
      metricName: "Duration",
      dimensions: fn,
      statistic: "Average",
      periodSeconds: 300,
      evaluationPeriods: 3,
      threshold: slow,
      comparisonOperator: "GreaterThanThreshold",
    },
    calculation: [`${sizing.timeoutSeconds} s x 1000 x 80% = ${slow} ms`],
  });
  if (posture.waf && decision.entry === "http-api" && !dr) {
    report(context, `${t.pointer}/compute`, {
      code: CompileCode.WafUnsupportedEntry,
      severity: "warning",
      message: `WAF is required, but ${t.name} is served by an API Gateway HTTP API, which cannot carry a web ACL; it is protected by stage throttling only.`,
      hint: "Remove `compute: lambda` so IDIO puts the tier on Fargate behind a load balancer with WAF, or accept the risk with a waiver.",
    });
  }
}

function buildHttpApi(context: CompileContext, t: ResolvedTier, site: Site): void {
  const { nodes } = context;
  const p = siteId(site, t.prefix);
  const name = `${t.awsName}${site === "dr" ? "-dr" : ""}`;
  const api = `${p}.http-api`;
  const rps = t.tier.expectedRps;
  const rate = Math.max(100, Math.ceil((rps ?? 50) * 2));
  const burst = rate * 2;
  nodes.add({
    id: api,
    kind: "aws.apigatewayv2.api",
    tier: t.name,
    region: site,
    props: { name, protocolType: "HTTP", disableExecuteApiEndpoint: false },
    reason: because(
      `API Gateway HTTP API in front of ${t.name}: HTTPS on its own endpoint, pay per request`,
      [t.pointer, `${t.pointer}/public`],
    ),
  });
  const accessLog = addLogGroup(context, t, `/idio/${name}/access`, {
    site,
    id: `${api}.log-group`,
    what: `Access logs of ${t.name}'s HTTP API`,
  });
  nodes.add({
    id: `${api}.stage`,
    kind: "aws.apigatewayv2.stage",
    tier: t.name,
    region: site,
    props: {
      apiId: ref(api),
      name: "$default",
      autoDeploy: true,
      accessLogs: {
        destinationArn: ref(accessLog, "arn"),
        format:
          '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","method":"$context.httpMethod","path":"$context.path","status":"$context.status","latency":"$context.responseLatency","integrationError":"$context.integrationErrorMessage"}',
      },
      throttling: { burstLimit: burst, rateLimit: rate },
    },
    reason: because(
      "Default stage with JSON access logs and throttling that protects the function and its data stores",
      [`${t.pointer}/expectedRps`],
      [
        `rate = max(100, ${rps ?? "50 (assumed)"} req/s x 2) = ${rate} req/s; burst = ${rate} x 2 = ${burst}`,
      ],
    ),
  });
  nodes.add({
    id: `${api}.integration`,
    kind: "aws.apigatewayv2.integration",
    tier: t.name,
    region: site,
    props: {
      apiId: ref(api),
      integrationType: "AWS_PROXY",
      integrationUri: ref(`${p}.function`, "invokeArn"),
      payloadFormatVersion: "2.0",
      timeoutMilliseconds: 29000,
    },
    reason: because("Proxies every request to the function", [t.pointer]),
  });
  nodes.add({
    id: `${api}.route`,
    kind: "aws.apigatewayv2.route",
    tier: t.name,
    region: site,
    props: {
      apiId: ref(api),
      routeKey: "$default",
      target: { join: ["integrations/", ref(`${api}.integration`)] },
    },
    reason: because("Catch-all route: the function does its own routing", [t.pointer]),
  });
  nodes.add({
    id: `${api}.permission`,
    kind: "aws.lambda.permission",
    tier: t.name,
    region: site,
    props: {
      functionName: ref(`${p}.function`, "name"),
      action: "lambda:InvokeFunction",
      principal: "apigateway.amazonaws.com",
      sourceArn: join(ref(api, "executionArn"), "/*/*"),
    },
    reason: because("Only this API may invoke the function", [t.pointer]),
  });
  const apiDim = { ApiId: dim.id(api) };
  addAlarm(context, t, {
    site,
    metric: "api-5xx",
    summary: `${t.name}'s API returns more than 50 server errors (5xx) in 5 minutes`,
    props: {
      namespace: "AWS/ApiGateway",
      metricName: "5xx",
      dimensions: apiDim,
      statistic: "Sum",
      periodSeconds: 300,
      evaluationPeriods: 1,
      threshold: 50,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
  addAlarm(context, t, {
    site,
    metric: "api-latency",
    summary: `${t.name}'s API average latency above 1 s for 5 minutes`,
    props: {
      namespace: "AWS/ApiGateway",
      metricName: "Latency",
      dimensions: apiDim,
      statistic: "Average",
      periodSeconds: 60,
      evaluationPeriods: 5,
      threshold: 1000,
      comparisonOperator: "GreaterThanThreshold",
    },
  });
}
