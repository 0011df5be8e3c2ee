/**
 * Over the emitted Terraform and CloudFormation of every example, every-kind
 * fixture and DNS variant: every internal URL a tier is given in an
 * environment variable (`API_URL=https://api.<domain>`) names a host with an
 * alias A record, to a load balancer of the caller's region, in a private
 * zone associated with the VPC the caller runs in. So the name resolves there
 * on first deploy.
 */
import type { ResourceGraph } from "@idio-iac/graph";
import { describe, expect, it } from "vitest";
import { compiledExamples } from "./test-support/compiled-examples.js";
import { dnsVariantSubjects } from "./test-support/dns-variants.js";
import { everyKindFixtures } from "./test-support/every-kind.js";
import { synthesizeCloudFormation } from "./cloudformation/emit-cloudformation.js";
import { synthesizeTerraform } from "./terraform/emit-terraform.js";

const subjects: { name: string; graph: ResourceGraph }[] = [
  ...compiledExamples().map((e) => ({ name: `examples/${e.name}`, graph: e.graph })),
  ...everyKindFixtures().map((f) => ({ name: `every-kind/${f.name}`, graph: f.graph })),
  ...dnsVariantSubjects().map((v) => ({ name: v.label, graph: v.graph })),
];

/** A URL variable naming a host (not an interpolated AWS endpoint). */
const HOST_URL = /^https?:\/\/([a-z0-9.-]+)$/;

interface Use {
  readonly caller: string;
  readonly variable: string;
  readonly host: string;
}

type TfResources = Record<string, Record<string, Record<string, unknown>>>;

/** Host-name URLs in Terraform: task definitions and functions, with the caller's provider. */
function terraformUses(resources: TfResources): (Use & { provider: string })[] {
  const uses: (Use & { provider: string })[] = [];
  const add = (caller: string, body: Record<string, unknown>, env: [string, unknown][]) => {
    for (const [variable, value] of env) {
      const host = variable.endsWith("_URL") ? HOST_URL.exec(String(value))?.[1] : undefined;
      if (host !== undefined)
        uses.push({ caller, variable, host, provider: String(body.provider ?? "aws") });
    }
  };
  for (const [name, task] of Object.entries(resources.aws_ecs_task_definition ?? {})) {
    const containers = JSON.parse(String(task.container_definitions)) as {
      environment: { name: string; value: string }[];
    }[];
    for (const c of containers)
      add(
        `aws_ecs_task_definition.${name}`,
        task,
        c.environment.map((e) => [e.name, e.value]),
      );
  }
  for (const [name, fn] of Object.entries(resources.aws_lambda_function ?? {})) {
    const variables = (fn.environment as { variables?: Record<string, unknown> } | undefined)
      ?.variables;
    add(`aws_lambda_function.${name}`, fn, Object.entries(variables ?? {}));
  }
  return uses;
}

const interpolated = (value: unknown, type: string, attr: string): string | undefined =>
  new RegExp(`^\\$\\{${type}\\.([A-Za-z0-9_-]+)\\.${attr}\\}$`).exec(String(value))?.[1];

function checkTerraform(graph: ResourceGraph): number {
  const resources = (synthesizeTerraform(graph).config as unknown as { resource: TfResources })
    .resource;
  const providerOf = (body: Record<string, unknown>) => String(body.provider ?? "aws");
  const uses = terraformUses(resources);
  for (const use of uses) {
    const vpcs = Object.entries(resources.aws_vpc ?? {}).filter(
      ([, v]) => providerOf(v) === use.provider,
    );
    expect(vpcs, `one VPC for ${use.caller}`).toHaveLength(1);
    const [vpc] = vpcs[0]!;
    const found = Object.values(resources.aws_route53_record ?? {}).filter((r) => {
      if (r.name !== use.host || r.type !== "A") return false;
      const zone =
        resources.aws_route53_zone?.[interpolated(r.zone_id, "aws_route53_zone", "zone_id") ?? ""];
      const associations = (zone?.vpc as { vpc_id: string }[] | undefined) ?? [];
      const lb =
        resources.aws_lb?.[
          interpolated((r.alias as { name: string }).name, "aws_lb", "dns_name") ?? ""
        ];
      return (
        associations.some((a) => interpolated(a.vpc_id, "aws_vpc", "id") === vpc) &&
        lb !== undefined &&
        providerOf(lb) === use.provider
      );
    });
    expect(found, `${use.caller} ${use.variable}: private record for ${use.host}`).toHaveLength(1);
  }
  return uses.length;
}

interface CfnResource {
  readonly Type: string;
  readonly Properties: Record<string, unknown>;
}

function checkCloudFormation(graph: ResourceGraph): number {
  let checked = 0;
  for (const { template, region } of synthesizeCloudFormation(graph).stacks) {
    const resources = (template as { Resources: Record<string, CfnResource> }).Resources;
    const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
    const uses: Use[] = [];
    for (const [id, task] of ofType("AWS::ECS::TaskDefinition")) {
      const containers = task.Properties.ContainerDefinitions as {
        Environment?: { Name: string; Value: unknown }[];
      }[];
      for (const c of containers)
        for (const e of c.Environment ?? []) {
          const host = e.Name.endsWith("_URL") ? HOST_URL.exec(String(e.Value))?.[1] : undefined;
          if (host !== undefined) uses.push({ caller: id, variable: e.Name, host });
        }
    }
    for (const [id, fn] of ofType("AWS::Lambda::Function")) {
      const variables =
        (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)
          ?.Variables ?? {};
      for (const [name, value] of Object.entries(variables)) {
        const host = name.endsWith("_URL") ? HOST_URL.exec(String(value))?.[1] : undefined;
        if (host !== undefined) uses.push({ caller: id, variable: name, host });
      }
    }
    const vpcs = ofType("AWS::EC2::VPC").map(([id]) => id);
    for (const use of uses) {
      expect(vpcs, `one VPC in the ${region} stack of ${use.caller}`).toHaveLength(1);
      const found = ofType("AWS::Route53::RecordSet").filter(([, r]) => {
        const p = r.Properties;
        if (p.Name !== use.host || p.Type !== "A") return false;
        const zone = resources[(p.HostedZoneId as { Ref?: string }).Ref ?? ""];
        const associations =
          (zone?.Properties.VPCs as { VPCId: { Ref: string } }[] | undefined) ?? [];
        const target = (p.AliasTarget as { DNSName: { "Fn::GetAtt"?: [string, string] } }).DNSName[
          "Fn::GetAtt"
        ]?.[0];
        return (
          associations.some((a) => a.VPCId.Ref === vpcs[0]) &&
          resources[target ?? ""]?.Type === "AWS::ElasticLoadBalancingV2::LoadBalancer"
        );
      });
      expect(found, `${use.caller} ${use.variable}: private record for ${use.host}`).toHaveLength(
        1,
      );
    }
    checked += uses.length;
  }
  return checked;
}

describe("internal URLs resolve in the caller's VPC", () => {
  it.each(subjects.map((s) => s.name))("%s: Terraform", (name) => {
    checkTerraform(subjects.find((s) => s.name === name)!.graph);
  });

  it.each(subjects.map((s) => s.name))("%s: CloudFormation", (name) => {
    checkCloudFormation(subjects.find((s) => s.name === name)!.graph);
  });

  it("is checked on real uses, in both regions of a warm standby", () => {
    const graph = subjects.find((s) => s.name === "dns-private-dr")!.graph;
    // web calls api in us-east-1 and, from the standby, in us-west-2.
    expect(checkTerraform(graph)).toBe(2);
    expect(checkCloudFormation(graph)).toBe(2);
    const ecommerce = subjects.find((s) => s.name === "examples/ecommerce-platform")!.graph;
    expect(checkTerraform(ecommerce)).toBeGreaterThan(0);
  });
});
