import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { kitchenSinkGraph, smallSiteGraph } from "../test-support/fixture-graphs.js";
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
const stacks = (graph = kitchenSinkGraph()) =>
  Object.fromEntries(
    synthesizeCloudFormation(graph).stacks.map((stack) => [
      stack.stack,
      stack.template as unknown as Template,
    ]),
  );

describe("emitCloudFormation", () => {
  it("gives the same bytes for the same graph, with nothing machine-specific", () => {
    const files = emitCloudFormation(kitchenSinkGraph());
    expect(emitCloudFormation(kitchenSinkGraph())).toEqual(files);
    expect(machineTraces(files)).toEqual([]);
  });

  it("writes one template per region, JSON and YAML alike, and a README", () => {
    const files = emitCloudFormation(kitchenSinkGraph());
    expect(files.map((file) => file.path)).toEqual([
      "cloudformation/template.json",
      "cloudformation/template.yaml",
      "cloudformation/template-dr.json",
      "cloudformation/template-dr.yaml",
      "cloudformation/template-edge.json",
      "cloudformation/template-edge.yaml",
      "cloudformation/README.md",
    ]);
    for (let index = 0; index < 6; index += 2) {
      expect(parse(files[index + 1]!.contents, { version: "1.1" })).toEqual(
        JSON.parse(files[index]!.contents),
      );
    }
    expect(emitCloudFormation(smallSiteGraph()).map((file) => file.path)).toEqual([
      "cloudformation/template.json",
      "cloudformation/template.yaml",
      "cloudformation/README.md",
    ]);
  });

  it("uses Ref, Fn::GetAtt, Fn::Sub and Fn::Join for references", () => {
    const { primary } = stacks();
    const resources = primary!.Resources;
    expect(resources.NetworkPublicA!.Properties.VpcId).toEqual({ Ref: "NetworkVpc" });
    expect(resources.WebService!.Properties.Cluster).toEqual({
      "Fn::GetAtt": ["WebCluster", "Arn"],
    });
    expect(resources.ApiIntegration!.Properties.IntegrationUri).toEqual({
      "Fn::Sub":
        "arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${ApiFunction.Arn}/invocations",
    });
    expect(resources.ApiRoute!.Properties.Target).toEqual({
      "Fn::Join": ["", ["integrations/", { Ref: "ApiIntegration" }]],
    });
    expect(resources.WebService!.DependsOn).toEqual(["WebHttps"]);
  });

  it("puts edge nodes in a us-east-1 template whose ARNs the primary stack takes as parameters", () => {
    const synthesis = synthesizeCloudFormation(kitchenSinkGraph());
    const edgeStack = synthesis.stacks.find((stack) => stack.stack === "edge")!;
    expect(edgeStack.region).toBe("us-east-1");
    const { primary, edge } = stacks();
    expect(Object.keys(edge!.Resources).sort()).toEqual(["SiteCertificate", "SiteWaf"]);
    expect(edge!.Outputs!.SiteCertificateArn!.Value).toEqual({ Ref: "SiteCertificate" });
    expect(primary!.Parameters!.SiteCertificateArn).toMatchObject({ Type: "String" });
    expect(primary!.Resources.SiteCertificate).toBeUndefined();
    expect(synthesis.crossStack.filter((value) => value.from === "edge")).toEqual([
      { name: "SiteWafArn", from: "edge", to: "primary" },
      { name: "SiteCertificateArn", from: "edge", to: "primary" },
    ]);
    const readme = emitCloudFormation(kitchenSinkGraph()).find((f) =>
      f.path.endsWith("README.md"),
    )!;
    expect(readme.contents).toContain("`template-edge.yaml` holds what CloudFront accepts only");
    const deploys = [...readme.contents.matchAll(/--stack-name kitchen-(\w+)/g)].map((m) => m[1]);
    expect(deploys).toEqual(["edge", "primary", "dr"]);
  });

  it("passes values between regions as parameters and outputs", () => {
    const { primary, dr } = stacks();
    expect(primary!.Parameters!.SiteReplicaBucketArn).toMatchObject({ Type: "String" });
    expect(dr!.Outputs!.SiteReplicaBucketArn!.Value).toEqual({
      "Fn::GetAtt": ["SiteReplicaBucket", "Arn"],
    });
    expect(dr!.Resources.ReportsReplica!.Properties.SourceDBInstanceIdentifier).toEqual({
      Ref: "ReportsDbArn",
    });
    expect(primary!.Outputs!.ReportsDbArn!.Value).toEqual({
      "Fn::GetAtt": ["ReportsDb", "DBInstanceArn"],
    });
  });

  it("keeps data when a stateful resource is removed", () => {
    const { primary } = stacks();
    expect(primary!.Resources.DbCluster!.DeletionPolicy).toBe("Snapshot");
    expect(primary!.Resources.SiteBucket!.DeletionPolicy).toBe("Retain");
    expect(primary!.Resources.PlatformKey!.DeletionPolicy).toBe("Retain");
  });

  it("splits a role policy out of the role only where it would close a cycle", () => {
    const ids = cloudFormationLogicalIds(kitchenSinkGraph());
    expect(ids.get("site.replication-role")).toEqual([
      "SiteReplicationRole",
      "SiteReplicationRoleReplicate",
    ]);
    expect(ids.get("web.task-role")).toEqual(["WebTaskRole"]);
    const { primary } = stacks();
    expect(primary!.Resources.WebTaskRole!.Properties.Policies).toHaveLength(1);
  });

  it("replaces CloudFormation's default allow-all egress on security groups", () => {
    const { primary } = stacks();
    expect(primary!.Resources.WebAppSg!.Properties.SecurityGroupEgress).toEqual([
      expect.objectContaining({ CidrIp: "255.255.255.255/32", IpProtocol: "icmp" }),
    ]);
  });
});
