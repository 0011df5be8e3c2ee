import { ref, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { exampleGraph } from "../test-support/compiled-examples.js";
import { everyKindGraph } from "../test-support/every-kind.js";
import { machineTraces } from "../test-support/portability.js";
import {
  cloudFormationLogicalIds,
  emitCloudFormation,
  synthesizeCloudFormation,
} from "./emit-cloudformation.js";

type Template = {
  Parameters?: Record<string, { Type: string }>;
  Resources: Record<
    string,
    {
      Type: string;
      Properties: Record<string, unknown>;
      DependsOn?: string[];
      DeletionPolicy?: string;
    }
  >;
  Outputs?: Record<string, { Value: unknown }>;
};
// Compiled graphs: the every-kind fixture (primary, DR and edge stacks; every kind
// across its two parts) and a small single-region example without a VPC.
const global = everyKindGraph("global");
const regional = everyKindGraph("regional");
const small = exampleGraph("static-website");

const stacks = (graph: ResourceGraph = global) =>
  Object.fromEntries(
    synthesizeCloudFormation(graph).stacks.map((stack) => [
      stack.stack,
      stack.template as unknown as Template,
    ]),
  );

/** The graph with the replication role's first statement naming the source bucket by reference. */
function withReplicationSourceByRef(graph: ResourceGraph): ResourceGraph {
  const patch = (node: GraphNode<"aws.iam.role">): GraphNode => {
    const [policy, ...rest] = node.props.inlinePolicies;
    const [statement, ...others] = policy!.statements;
    const byRef = { ...statement!, resources: [ref("uploads.bucket", "arn")] };
    return {
      ...node,
      props: {
        ...node.props,
        inlinePolicies: [{ ...policy!, statements: [byRef, ...others] }, ...rest],
      },
    } as GraphNode;
  };
  return {
    ...graph,
    nodes: graph.nodes.map((node) =>
      node.id === "uploads.replication.role" ? patch(node as GraphNode<"aws.iam.role">) : node,
    ),
  };
}

describe("emitCloudFormation", () => {
  it("gives the same bytes for the same graph, with nothing machine-specific", () => {
    const files = emitCloudFormation(global);
    expect(emitCloudFormation(structuredClone(global))).toEqual(files);
    expect(machineTraces(files)).toEqual([]);
  });

  it("writes one template per region, JSON and YAML alike, and a README", () => {
    const files = emitCloudFormation(global);
    // In deploy order: the edge stack's ARNs go to the primary, whose values go to DR.
    expect(files.map((file) => file.path)).toEqual([
      "cloudformation/template-edge.json",
      "cloudformation/template-edge.yaml",
      "cloudformation/template.json",
      "cloudformation/template.yaml",
      "cloudformation/template-dr.json",
      "cloudformation/template-dr.yaml",
      "cloudformation/README.md",
    ]);
    for (let index = 0; index < 6; index += 2) {
      expect(parse(files[index + 1]!.contents, { version: "1.1" })).toEqual(
        JSON.parse(files[index]!.contents),
      );
    }
    expect(emitCloudFormation(small).map((file) => file.path)).toEqual([
      "cloudformation/template.json",
      "cloudformation/template.yaml",
      "cloudformation/README.md",
    ]);
  });

  it("uses Ref, Fn::GetAtt, Fn::Sub and Fn::Join for references", () => {
    const { primary } = stacks();
    const resources = primary!.Resources;
    expect(resources.NetworkSubnetPublicA!.Properties.VpcId).toEqual({ Ref: "NetworkVpc" });
    expect(resources.WebService!.Properties.Cluster).toEqual({
      "Fn::GetAtt": ["ComputeEcsCluster", "Arn"],
    });
    const api = stacks(regional).primary!.Resources;
    expect(api.ApiHttpApiIntegration!.Properties.IntegrationUri).toEqual({
      "Fn::Sub":
        "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${ApiFunction.Arn}/invocations",
    });
    expect(api.ApiHttpApiRoute!.Properties.Target).toEqual({
      "Fn::Join": ["", ["integrations/", { Ref: "ApiHttpApiIntegration" }]],
    });
    expect(resources.WebService!.DependsOn).toEqual(["WebAlbListenerHttps"]);
  });

  it("puts edge nodes in a us-east-1 template whose ARNs the primary stack takes as parameters", () => {
    const synthesis = synthesizeCloudFormation(global);
    const edgeStack = synthesis.stacks.find((stack) => stack.stack === "edge")!;
    expect(edgeStack.region).toBe("us-east-1");
    const { primary, edge } = stacks();
    // The zone goes with CloudFront's certificate, validated in it, and so do the Route 53
    // health checks with their alarms, topic and key (their metrics exist only in us-east-1).
    expect(Object.keys(edge!.Resources).sort()).toEqual([
      "EdgeCertificateCloudfront",
      "EdgeDnsHealthCheckWebDr",
      "EdgeDnsHealthCheckWebPrimary",
      "EdgeDnsZone",
      "EdgeDnsZoneShield",
      "EdgeOpsAlarmWebHealthCheckDr",
      "EdgeOpsAlarmWebHealthCheckPrimary",
      "EdgeOpsAlarmsSubscriptionOpsAtKitchenExample",
      "EdgeOpsAlarmsTopic",
      "EdgeOpsAlarmsTopicPolicy",
      "EdgeSecurityKmsKey",
      "EdgeWafCloudfront",
    ]);
    expect(edge!.Parameters ?? {}).toEqual({});
    // The distribution takes the certificate through its validation, which in CloudFormation is the certificate.
    expect(edge!.Outputs!.EdgeCertificateCloudfrontValidationCertificateArn!.Value).toEqual({
      Ref: "EdgeCertificateCloudfront",
    });
    expect(primary!.Parameters!.EdgeCertificateCloudfrontValidationCertificateArn).toMatchObject({
      Type: "String",
    });
    expect(primary!.Resources.EdgeCertificateCloudfront).toBeUndefined();
    // The load balancer's certificate stays in the primary stack.
    expect(primary!.Resources.EdgeCertificate!.Type).toBe("AWS::CertificateManager::Certificate");
    // Each site's routed record names its health check.
    expect(synthesis.crossStack.filter((value) => value.from === "edge")).toEqual([
      { name: "EdgeDnsZoneId", from: "edge", to: "dr" },
      { name: "EdgeDnsHealthCheckWebDrId", from: "edge", to: "dr" },
      { name: "EdgeDnsZoneId", from: "edge", to: "primary" },
      { name: "EdgeCertificateCloudfrontValidationCertificateArn", from: "edge", to: "primary" },
      { name: "EdgeWafCloudfrontArn", from: "edge", to: "primary" },
      { name: "EdgeDnsHealthCheckWebPrimaryId", from: "edge", to: "primary" },
    ]);
    const readme = emitCloudFormation(global).find((f) => f.path.endsWith("README.md"))!;
    expect(readme.contents).toContain("`template-edge.yaml` holds what CloudFront accepts only");
    expect(readme.contents).toContain(
      "`template-edge.yaml` also holds the Route 53 health checks and their alarms (Route 53\npublishes health-check metrics only in us-east-1), deployed in us-east-1.\n",
    );
    const deploys = [...readme.contents.matchAll(/--stack-name kitchen-(\w+)/g)].map((m) => m[1]);
    // The primary again once DR exists (its backup copies and replication need DR's values).
    expect(deploys).toEqual(["edge", "primary", "dr", "primary"]);
  });

  it("passes values between regions as parameters and outputs", () => {
    const { primary, dr } = stacks();
    expect(primary!.Parameters!.DrUploadsBucketArn).toMatchObject({ Type: "String" });
    expect(dr!.Outputs!.DrUploadsBucketArn!.Value).toEqual({
      "Fn::GetAtt": ["DrUploadsBucket", "Arn"],
    });
    expect(dr!.Resources.DrDbCluster!.Properties.GlobalClusterIdentifier).toEqual({
      Ref: "DbGlobalClusterId",
    });
    expect(primary!.Outputs!.DbGlobalClusterId!.Value).toEqual({ Ref: "DbGlobalCluster" });
    // A read replica in the DR region names its source in the primary stack.
    const hipaa = stacks(exampleGraph("healthcare-hipaa"));
    expect(hipaa.dr!.Resources.DrDbReplica!.Properties.SourceDBInstanceIdentifier).toEqual({
      Ref: "DbInstanceArn",
    });
    expect(hipaa.primary!.Outputs!.DbInstanceArn!.Value).toEqual({
      "Fn::GetAtt": ["DbInstance", "DBInstanceArn"],
    });
  });

  it("keeps data when a stateful resource is removed", () => {
    const { primary } = stacks();
    expect(primary!.Resources.DbCluster!.DeletionPolicy).toBe("Snapshot");
    expect(primary!.Resources.CacheReplicationGroup!.DeletionPolicy).toBe("Snapshot");
    expect(primary!.Resources.UploadsBucket!.DeletionPolicy).toBe("Retain");
    expect(primary!.Resources.OrdersTable!.DeletionPolicy).toBe("Retain");
    expect(primary!.Resources.SecurityKmsKey!.DeletionPolicy).toBe("Retain");
    expect(primary!.Resources.WebService!.DeletionPolicy).toBeUndefined();
  });

  it("splits a role policy out of the role only where it would close a cycle", () => {
    // The compiler names the source bucket by pattern, so its replication role closes no cycle.
    expect(cloudFormationLogicalIds(global).get("uploads.replication.role")).toEqual([
      "UploadsReplicationRole",
    ]);
    // Naming the bucket by reference would: that policy becomes its own resource.
    const cyclic = withReplicationSourceByRef(global);
    const ids = cloudFormationLogicalIds(cyclic);
    expect(ids.get("uploads.replication.role")).toEqual([
      "UploadsReplicationRole",
      "UploadsReplicationRoleReplicate",
    ]);
    expect(ids.get("web.task.role")).toEqual(["WebTaskRole"]);
    const { primary } = stacks(cyclic);
    expect(primary!.Resources.UploadsReplicationRole!.Properties.Policies).toBeUndefined();
    expect(primary!.Resources.UploadsReplicationRoleReplicate!.Type).toBe("AWS::IAM::RolePolicy");
    expect(primary!.Resources.WebTaskRole!.Properties.Policies).toHaveLength(1);
  });

  it("replaces CloudFormation's default allow-all egress on security groups", () => {
    const { primary } = stacks();
    expect(primary!.Resources.WebSg!.Properties.SecurityGroupEgress).toEqual([
      expect.objectContaining({ CidrIp: "255.255.255.255/32", IpProtocol: "icmp" }),
    ]);
  });
});
