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
import { addAlarms, type AlarmRecipe } from "../shared/alarm-recipes.js";
import { addLogGroup, dim } from "../shared/build-observability.js";
import { tierScope, type TierScope } from "../shared/tier-scope.js";
import { accessFor, type TierAccess } from "../shared/build-permissions.js";
import { addSecurityGroup, sgId } from "../shared/build-security-group.js";
import { because } from "../../reason.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import type { ComputeDecision } from "../../decide/select-compute.js";
import { sizeLambda, type LambdaSizing } from "../../size/size-lambda.js";
import { siteTarget } from "../../context/connections.js";
import { siteSuffix, type Site } from "../../ids.js";
import { addHttpApiDomain } from "./build-http-api-domain.js";
import {
  architectureNote,
  architectureOf,
  tierEnvironment,
  type TierEnvironmentEntry,
} from "../shared/tier-application.js";

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
  const s = tierScope(context, t, site);
  const sizing = sizeLambda(t);
  const access = accessFor(context, t, "lambda", site);
  const inVpc = context.inVpc.has(t.name);
  const functionName = functionNameOf(context, t.name, site);
  const logGroup = addLogGroup(context, t, `/aws/lambda/${functionName}`, {
    id: s.id("log-group"),
    site,
  });
  addFunctionRole(s, access, logGroup, inVpc);
  if (inVpc) addSecurityGroup(context, t, { id: sgId(t, site), what: `Function ${t.name}`, site });
  const environment = tierEnvironment(context, t, access, "lambda", site);
  addFunction(s, { decision, sizing, environment, logGroup, inVpc, functionName });
  if (decision.entry === "http-api") buildHttpApi(s);
  addEventSources(s, access, sizing);
  addAlarms(context, t, LAMBDA_ALARMS, sizing, { FunctionName: dim.name(s.id("function")) }, site);
  if (context.posture.waf && decision.entry === "http-api" && !s.dr) {
    report(context, `${t.pointer}/compute`, {
      code: CompileCode.WafUnsupportedEntry,
      message: `WAF is required, but ${t.name} is served by an API Gateway HTTP API, which cannot carry a web ACL; it is protected by stage throttling only.`,
      hint: "Remove `compute: lambda` so IDIO puts the tier on Fargate behind a load balancer with WAF, or accept the risk with a waiver.",
    });
  }
}

function addFunctionRole(
  { context, t, site, id, nameParts }: TierScope,
  access: TierAccess,
  logGroup: string,
  inVpc: boolean,
): void {
  const managed = ["AWSXRayDaemonWriteAccess"];
  if (inVpc) managed.push("service-role/AWSLambdaVPCAccessExecutionRole");
  context.nodes.add({
    id: id("role"),
    kind: "aws.iam.role",
    tier: t.name,
    region: site,
    props: {
      name: nameOf(context, nameParts("function")),
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
}

interface FunctionParts {
  readonly decision: ComputeDecision;
  readonly sizing: LambdaSizing;
  readonly environment: readonly TierEnvironmentEntry[];
  readonly logGroup: string;
  readonly inVpc: boolean;
  readonly functionName: string;
}

/**
 * The handler: the intent's `command` (one element), else the runtime's
 * conventional one. A Lambda `command` of any other length is an error.
 */
function handlerOf({ context, t, site }: TierScope): string {
  const command = t.tier.command;
  if (command !== undefined && command.length === 1) return command[0]!;
  if (command !== undefined && site === "primary") {
    report(context, `${t.pointer}/command`, {
      code: CompileCode.LambdaCommand,
      message: `${t.name} runs on Lambda, where command is the handler, but it has ${command.length} elements.`,
      hint: `Write the handler alone, e.g. command: [${HANDLERS[t.runtime] ?? "index.handler"}].`,
    });
  }
  return HANDLERS[t.runtime] ?? "index.handler";
}

/**
 * What the function starts with until the user's pipeline deploys the real
 * code. Node.js, Python and provided.al2023 get a placeholder that fails
 * every invocation (so a queue keeps its messages and redrives them);
 * Java needs a compiled JAR IDIO cannot build, so it names an S3 artifact.
 */
function codeFor(t: ResolvedTier): { code: LambdaCode; note: string } {
  if (t.runtime === "java21") {
    return {
      code: { s3Artifact: true },
      note: "code from a JAR in S3 the deployment names (a Java handler cannot be generated)",
    };
  }
  return {
    code: { placeholder: true },
    note:
      t.runtime === "provided.al2023"
        ? "starts with a placeholder bootstrap that fails every invocation until the real code is deployed"
        : "starts with placeholder code that fails every invocation (a queue keeps and redrives its messages) until the real code is deployed",
  };
}

type LambdaCode = { readonly placeholder: true } | { readonly s3Artifact: true };

function addFunction(s: TierScope, f: FunctionParts): void {
  const { context, t, site, id } = s;
  const { decision, sizing, inVpc } = f;
  const architecture = architectureOf(t, "lambda");
  const { code, note } = codeFor(t);
  context.nodes.add({
    id: id("function"),
    kind: "aws.lambda.function",
    tier: t.name,
    region: site,
    props: {
      functionName: f.functionName,
      runtime: t.runtime,
      handler: handlerOf(s),
      memorySize: sizing.memoryMb,
      timeoutSeconds: sizing.timeoutSeconds,
      architectures: [architecture],
      roleArn: ref(id("role"), "arn"),
      tracing: "Active",
      environment: Object.fromEntries(f.environment.map((e) => [e.name, e.value])),
      kmsKeyArn: kmsKeyRef(context, "arn", site),
      vpcConfig: inVpc
        ? {
            subnetIds: subnetRefs(context, site, "private"),
            securityGroupIds: [ref(sgId(t, site))],
          }
        : undefined,
      logGroupName: ref(f.logGroup, "name"),
      code,
    },
    reason: because(
      `${decision.summary}; ${sizing.memoryMb} MB on ${architectureNote(t, architecture)}${inVpc ? "; in private subnets to reach its data stores" : ""}; ${note}; no reserved concurrency (AWS rejects any that leaves fewer than 100 unreserved executions, and new accounts may have a quota of 10)`,
      [
        t.pointer,
        ...decision.fields.map((field) => `${t.pointer}/${field}`),
        `${t.pointer}/runtime`,
        `${t.pointer}/architecture`,
        ...(t.tier.command ? [`${t.pointer}/command`] : []),
        ...(t.tier.environment ? [`${t.pointer}/environment`] : []),
        ...sizing.pointers,
      ],
      [`rule ${decision.rule}`, ...sizing.calculation],
    ),
  });
}

/** The queues and streams the function consumes trigger it. */
function addEventSources(
  { context, t, site, id }: TierScope,
  access: TierAccess,
  sizing: LambdaSizing,
): void {
  for (const edge of access.edges) {
    if (edge.role !== "queue-consumer" && edge.role !== "stream-consumer") continue;
    const stream = edge.role === "stream-consumer";
    const batch = t.tier.trafficPattern === "batch";
    context.nodes.add({
      id: id(`source.${edge.to.name}`),
      kind: "aws.lambda.event_source_mapping",
      tier: t.name,
      region: site,
      props: {
        functionName: ref(id("function"), "name"),
        eventSourceArn: ref(siteTarget(context, edge.to, site), "arn"),
        batchSize: stream ? 100 : 10,
        startingPosition: stream ? "LATEST" : undefined,
        maximumBatchingWindowSeconds: batch ? 30 : undefined,
        maximumConcurrency: stream ? undefined : sizing.maxConcurrency,
      },
      dependsOn: [id("role")],
      reason: because(
        `${t.name} consumes ${edge.to.name} (${stream ? "100 records" : "10 messages"} per invocation${batch ? ", batched for up to 30 s" : ""}${!stream && sizing.maxConcurrency !== undefined ? `, at most ${sizing.maxConcurrency} invocations at once (scaling.max; takes nothing from the account's concurrency)` : ""})`,
        [
          edge.pointer,
          `${t.pointer}/trafficPattern`,
          ...(!stream && sizing.maxConcurrency !== undefined ? [`${t.pointer}/scaling/max`] : []),
        ],
      ),
    });
  }
}

const slowMs = (sizing: LambdaSizing) => Math.round(sizing.timeoutSeconds * 800);

/** A function's alarms (namespace AWS/Lambda). */
const LAMBDA_ALARMS: readonly AlarmRecipe<LambdaSizing>[] = [
  {
    metric: "errors",
    namespace: "AWS/Lambda",
    metricName: "Errors",
    statistic: "Sum",
    periodSeconds: 300,
    evaluationPeriods: 1,
    threshold: () => 10,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} fails more than 10 invocations in 5 minutes`,
  },
  {
    metric: "throttles",
    namespace: "AWS/Lambda",
    metricName: "Throttles",
    statistic: "Sum",
    periodSeconds: 300,
    evaluationPeriods: 1,
    threshold: () => 0,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier} is throttled (concurrency limit reached)`,
  },
  {
    metric: "duration",
    namespace: "AWS/Lambda",
    metricName: "Duration",
    statistic: "Average",
    periodSeconds: 300,
    evaluationPeriods: 3,
    threshold: slowMs,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier, sizing) =>
      `${tier} average duration above 80% of its ${sizing.timeoutSeconds} s timeout`,
    calculation: (sizing) => [`${sizing.timeoutSeconds} s x 1000 x 80% = ${slowMs(sizing)} ms`],
  },
];

function buildHttpApi(s: TierScope): void {
  const { context, t, site, id } = s;
  const name = `${t.awsName}${siteSuffix(site)}`;
  const api = id("http-api");
  context.nodes.add({
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
  addStage(s, api, accessLog);
  addProxy(s, api);
  addHttpApiDomain(s, api);
  addAlarms(context, t, HTTP_API_ALARMS, undefined, { ApiId: dim.id(api) }, site);
}

const ACCESS_LOG_FORMAT =
  '{"requestId":"$context.requestId","ip":"$context.identity.sourceIp","requestTime":"$context.requestTime","method":"$context.httpMethod","path":"$context.path","status":"$context.status","latency":"$context.responseLatency","integrationError":"$context.integrationErrorMessage"}';

/** The default stage: JSON access logs, throttled at twice the expected load. */
function addStage({ context, t, site }: TierScope, api: string, accessLog: string): void {
  const rps = t.tier.expectedRps;
  const rate = Math.max(100, Math.ceil((rps ?? 50) * 2));
  const burst = rate * 2;
  context.nodes.add({
    id: `${api}.stage`,
    kind: "aws.apigatewayv2.stage",
    tier: t.name,
    region: site,
    props: {
      apiId: ref(api),
      name: "$default",
      autoDeploy: true,
      accessLogs: { destinationArn: ref(accessLog, "arn"), format: ACCESS_LOG_FORMAT },
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
}

/** Integration, catch-all route and invoke permission: every request goes to the function. */
function addProxy({ context, t, site, id }: TierScope, api: string): void {
  context.nodes.add({
    id: `${api}.integration`,
    kind: "aws.apigatewayv2.integration",
    tier: t.name,
    region: site,
    props: {
      apiId: ref(api),
      integrationType: "AWS_PROXY",
      integrationUri: ref(id("function"), "invokeArn"),
      payloadFormatVersion: "2.0",
      timeoutMilliseconds: 29000,
    },
    reason: because("Proxies every request to the function", [t.pointer]),
  });
  context.nodes.add({
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
  context.nodes.add({
    id: `${api}.permission`,
    kind: "aws.lambda.permission",
    tier: t.name,
    region: site,
    props: {
      functionName: ref(id("function"), "name"),
      action: "lambda:InvokeFunction",
      principal: "apigateway.amazonaws.com",
      sourceArn: join(ref(api, "executionArn"), "/*/*"),
    },
    reason: because("Only this API may invoke the function", [t.pointer]),
  });
}

/** An HTTP API's alarms (namespace AWS/ApiGateway). */
const HTTP_API_ALARMS: readonly AlarmRecipe<undefined>[] = [
  {
    metric: "api-5xx",
    namespace: "AWS/ApiGateway",
    metricName: "5xx",
    statistic: "Sum",
    periodSeconds: 300,
    evaluationPeriods: 1,
    threshold: () => 50,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier}'s API returns more than 50 server errors (5xx) in 5 minutes`,
  },
  {
    metric: "api-latency",
    namespace: "AWS/ApiGateway",
    metricName: "Latency",
    statistic: "Average",
    periodSeconds: 60,
    evaluationPeriods: 5,
    threshold: () => 1000,
    comparisonOperator: "GreaterThanThreshold",
    summary: (tier) => `${tier}'s API average latency above 1 s for 5 minutes`,
  },
];
