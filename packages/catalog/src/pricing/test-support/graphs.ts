/** Hand-built graphs for the estimator's tests, shaped like the compiler's output. */
import type { GraphNode, Kind, PropsByKind, ResourceGraph } from "@idio-iac/graph";
import { join, ref } from "@idio-iac/graph";
import type { Usage } from "../usage.js";
import { requestsPerMonth } from "../usage.js";

export function node<K extends Kind>(
  id: string,
  kind: K,
  props: PropsByKind[K],
  options: { tier?: string | null; region?: GraphNode["region"] } = {},
): GraphNode {
  return {
    id,
    kind,
    tier: options.tier ?? null,
    region: options.region ?? "primary",
    props,
    dependsOn: [],
    tags: {},
    reason: { summary: "test", pointers: [], calculation: [] },
  } as GraphNode;
}

export function graphOf(
  nodes: GraphNode[],
  region = "us-east-1",
  drRegion?: string,
): ResourceGraph {
  return {
    name: "test",
    environment: "production",
    region,
    ...(drRegion ? { drRegion } : {}),
    nodes: [...nodes].sort((a, b) => a.id.localeCompare(b.id)),
  };
}

export function fargateService(
  tier: string,
  options: { cpu: number; memory: number; arch: "ARM64" | "X86_64"; min: number; max: number },
): GraphNode[] {
  return [
    node(
      `${tier}.task`,
      "aws.ecs.task_definition",
      {
        family: tier,
        cpu: options.cpu,
        memory: options.memory,
        cpuArchitecture: options.arch,
        executionRoleArn: ref("role", "arn"),
        taskRoleArn: ref("role", "arn"),
        container: {
          name: tier,
          image: null,
          readonlyRootFilesystem: true,
          logGroupName: ref(`${tier}.logs`, "name"),
          environment: [],
          secrets: [],
        },
      },
      { tier },
    ),
    node(
      `${tier}.service`,
      "aws.ecs.service",
      {
        name: tier,
        clusterArn: ref("cluster", "arn"),
        taskDefinitionArn: ref(`${tier}.task`, "arn"),
        desiredCount: options.min,
        launchType: "FARGATE",
        subnetIds: [],
        securityGroupIds: [],
        assignPublicIp: false,
        deploymentCircuitBreaker: true,
        enableExecuteCommand: false,
      },
      { tier },
    ),
    node(
      `${tier}.scaling`,
      "aws.appautoscaling.target",
      {
        serviceNamespace: "ecs",
        resourceId: join("service/", ref("cluster", "name"), "/", ref(`${tier}.service`, "name")),
        scalableDimension: "ecs:service:DesiredCount",
        minCapacity: options.min,
        maxCapacity: options.max,
      },
      { tier },
    ),
  ];
}

export function rdsInstance(
  tier: string,
  options: {
    instanceClass: string;
    storageGb: number;
    multiAz: boolean;
    backupDays: number;
    engine?: "postgres" | "mysql";
  },
): GraphNode {
  return node(
    `${tier}.instance`,
    "aws.rds.instance",
    {
      identifier: tier,
      engine: options.engine ?? "postgres",
      engineVersion: "16",
      instanceClass: options.instanceClass,
      allocatedStorage: options.storageGb,
      storageType: "gp3",
      storageEncrypted: true,
      multiAz: options.multiAz,
      publiclyAccessible: false,
      deletionProtection: true,
      backupRetentionDays: options.backupDays,
      vpcSecurityGroupIds: [],
      manageMasterUserPassword: true,
      iamDatabaseAuthentication: true,
      performanceInsights: true,
      monitoringIntervalSeconds: 60,
      autoMinorVersionUpgrade: true,
      copyTagsToSnapshot: true,
      cloudwatchLogsExports: [],
      skipFinalSnapshot: false,
    },
    { tier },
  );
}

export function natGateway(index: number): GraphNode[] {
  return [
    node(`network.nat-eip-${index}`, "aws.ec2.eip", { domain: "vpc" }),
    node(`network.nat-${index}`, "aws.ec2.nat_gateway", {
      subnetId: ref(`network.public-${index}`),
      allocationId: ref(`network.nat-eip-${index}`, "allocationId"),
      connectivityType: "public",
    }),
  ];
}

export function usageOf(
  tiers: {
    name: string;
    type: Usage["tiers"][string]["type"];
    rps?: number;
    pattern?: "steady" | "seasonal" | "spiky" | "batch";
    dataSizeGb?: number;
    public?: boolean;
  }[],
  overrides: Partial<Usage> = {},
): Usage {
  const map: Record<string, Usage["tiers"][string]> = {};
  for (const tier of tiers) {
    const pattern = tier.pattern ?? "steady";
    map[tier.name] = {
      tier: tier.name,
      type: tier.type,
      trafficPattern: pattern,
      peakRps: tier.rps ?? 0,
      peakRpsSource: "intent",
      requestsPerMonth: requestsPerMonth(tier.rps ?? 0, pattern),
      ...(tier.dataSizeGb === undefined ? {} : { dataSizeGb: tier.dataSizeGb }),
      public: tier.public ?? false,
    };
  }
  return {
    environment: "production",
    tiers: map,
    dataTransferOutGbPerMonth: 0,
    dataTransferOutSource: "intent",
    logIngestionGbPerMonth: 0,
    logIngestionSource: "intent",
    ...overrides,
  };
}
