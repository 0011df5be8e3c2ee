import { checkGraph, collectRefs, type GraphNode, type ResourceGraph } from "@idio-iac/graph";
import { beforeAll, describe, expect, it } from "vitest";
import { deployOrder } from "./cloudformation/deploy-order.js";
import {
  cloudFormationLogicalIds,
  emitCloudFormation,
  synthesizeCloudFormation,
} from "./cloudformation/emit-cloudformation.js";
import { emitMermaid } from "./mermaid/emit-mermaid.js";
import {
  emitTerraform,
  synthesizeTerraform,
  terraformAddresses,
} from "./terraform/emit-terraform.js";
import { exampleGraph } from "./test-support/compiled-examples.js";
import { extraRegionsGraph, kindsIn, largeExtraRegionGraph } from "./test-support/extra-regions.js";

const REGIONS = ["us-east-2", "eu-west-1"] as const;
let base: ResourceGraph;
let graph: ResourceGraph;
const copies = (region: string) => graph.nodes.filter((node) => node.region === region);
const isCopy = (name: string) => /^(us-east-2|eu-west-1)[._]/.test(name);

beforeAll(() => {
  base = exampleGraph("ecommerce-platform");
  graph = extraRegionsGraph();
});

describe("the extra-regions subject", () => {
  it("is a valid graph whose regions list the copies' codes in intent order", () => {
    expect(checkGraph(graph)).toEqual([]);
    expect(graph.regions).toEqual(REGIONS);
    expect(graph.nodes.map((node) => node.id)).toEqual(
      graph.nodes.map((node) => node.id).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  });

  it("copies the network, keys and the web tier into each region, names and all", () => {
    const unprefixed = (region: string) =>
      copies(region).map((node) => node.id.slice(region.length + 1));
    expect(unprefixed("eu-west-1")).toEqual(unprefixed("us-east-2"));
    expect(unprefixed("us-east-2")).toEqual(
      expect.arrayContaining([
        "compute.ecs.cluster",
        "edge.certificate.validation",
        "network.nat.c",
        "network.route-table-association.isolated.a",
        "network.subnet.public.a",
        "network.vpc",
        "ops.alarm.web.cpu",
        "ops.alarm.web.unhealthy-hosts",
        "ops.alarms.topic",
        "ops.logs.bucket.policy",
        "security.kms.alias",
        "web.alb.listener.https",
        "web.scaling.policy.cpu",
        "web.service",
        "web.task",
      ]),
    );
    // Each copy is of a primary node of its kind.
    const primary = new Map(base.nodes.map((node) => [node.id, node]));
    for (const copy of copies("us-east-2"))
      expect(primary.get(copy.id.slice("us-east-2.".length))).toMatchObject({
        kind: copy.kind,
        region: "primary",
        tier: copy.tier,
      });
    for (const region of REGIONS) {
      expect(kindsIn(graph, region)).toEqual([
        "aws.acm.certificate",
        "aws.acm.certificate_validation",
        "aws.appautoscaling.policy",
        "aws.appautoscaling.target",
        "aws.cloudwatch.metric_alarm",
        "aws.ec2.eip",
        "aws.ec2.flow_log",
        "aws.ec2.internet_gateway",
        "aws.ec2.nat_gateway",
        "aws.ec2.route_table",
        "aws.ec2.route_table_association",
        "aws.ec2.security_group",
        "aws.ec2.security_group_egress",
        "aws.ec2.security_group_ingress",
        "aws.ec2.subnet",
        "aws.ec2.vpc",
        "aws.ec2.vpc_endpoint",
        "aws.ecs.cluster",
        "aws.ecs.service",
        "aws.ecs.task_definition",
        "aws.elbv2.listener",
        "aws.elbv2.load_balancer",
        "aws.elbv2.target_group",
        "aws.kms.alias",
        "aws.kms.key",
        "aws.logs.log_group",
        "aws.route53.zone",
        "aws.s3.bucket",
        "aws.s3.bucket_policy",
        "aws.sns.topic",
      ]);
    }
    const subnet = graph.nodes.find((n) => n.id === "eu-west-1.network.subnet.private.b")!;
    expect(subnet).toMatchObject({ region: "eu-west-1", tier: null });
    expect((subnet as GraphNode<"aws.ec2.subnet">).props).toMatchObject({
      availabilityZone: "eu-west-1b",
      vpcId: { ref: "eu-west-1.network.vpc", attr: "id" },
    });
    const service = graph.nodes.find((n) => n.id === "us-east-2.web.service")!;
    expect(service.dependsOn).toEqual(["us-east-2.web.alb.listener.https"]);
    // Only IAM (global) and the public zone stay shared with the primary.
    const outside = new Set(
      copies("us-east-2").flatMap((node) =>
        collectRefs(node.props)
          .map((r) => r.ref)
          .filter((id) => !id.startsWith("us-east-2.")),
      ),
    );
    expect([...outside].sort()).toEqual([
      "edge.dns.zone",
      "network.flow-log.role",
      "web.execution.role",
      "web.task.role",
    ]);
  });
});

describe("Terraform with extra serving regions", () => {
  it("declares one provider per region, aliased by its code, with the same default tags", () => {
    const config = synthesizeTerraform(graph).config as {
      provider: { aws: { region: string; alias?: string; default_tags: unknown }[] };
    };
    const providers = config.provider.aws;
    expect(providers.map((p) => [p.region, p.alias])).toEqual([
      ["us-east-1", undefined],
      ["us-west-2", "dr"],
      ["us-east-2", "us_east_2"],
      ["eu-west-1", "eu_west_1"],
    ]);
    for (const provider of providers)
      expect(provider.default_tags).toEqual(providers[0]!.default_tags);
  });

  it("creates each copy with its region's provider and values, the primary's part unchanged", () => {
    const synthesis = synthesizeTerraform(graph);
    const resources = synthesis.config.resource as Record<
      string,
      Record<string, Record<string, unknown>>
    >;
    expect(resources.aws_lb!["eu-west-1_web_alb"]).toMatchObject({
      provider: "aws.eu_west_1",
      name: "shop-prod-web",
      subnets: [
        "${aws_subnet.eu-west-1_network_subnet_public_a.id}",
        "${aws_subnet.eu-west-1_network_subnet_public_b.id}",
        "${aws_subnet.eu-west-1_network_subnet_public_c.id}",
      ],
    });
    expect(resources.aws_vpc_endpoint!["us-east-2_network_endpoint_s3"]).toMatchObject({
      provider: "aws.us_east_2",
      service_name: "com.amazonaws.us-east-2.s3",
    });
    expect(resources.aws_ecs_task_definition!["us-east-2_web_task"]!.execution_role_arn).toBe(
      "${aws_iam_role.web_execution_role.arn}",
    );
    for (const [type, byName] of Object.entries(resources))
      for (const [name, resource] of Object.entries(byName))
        if (isCopy(name))
          expect(`${type}.${name} ${String(resource.provider)}`).toBe(
            `${type}.${name} aws.${name.slice(0, 9).replace(/-/g, "_")}`,
          );
    expect(synthesis.addresses).toEqual([...terraformAddresses(graph).values()].flat().sort());
    // Without the copies' resources, outputs and providers, the configuration is the primary's.
    const own = (config: Record<string, unknown>) =>
      JSON.parse(JSON.stringify(config), (key, value: unknown) => {
        if (isCopy(key)) return undefined;
        if (key === "aws" && Array.isArray(value))
          return value.filter(
            (p: { alias?: string }) => p.alias !== "us_east_2" && p.alias !== "eu_west_1",
          );
        return value;
      }) as unknown;
    expect(own(synthesis.config)).toEqual(synthesizeTerraform(base).config);
  });

  it("names the regions and their aliases in the README", () => {
    const readme = emitTerraform(graph).find((f) => f.path === "terraform/README.md")!.contents;
    expect(readme).toContain(
      "- Primary region: `us-east-1`; disaster-recovery region: `us-west-2` (provider alias `aws.dr`); more serving regions: `us-east-2` (provider alias `aws.us_east_2`), `eu-west-1` (provider alias `aws.eu_west_1`)\n",
    );
  });
});

describe("CloudFormation with extra serving regions", () => {
  it("deploys a stack per region after the primary, each named by its code", () => {
    const synthesis = synthesizeCloudFormation(graph);
    expect(synthesis.stacks.map((s) => [s.stack, s.region, s.baseName])).toEqual([
      ["primary", "us-east-1", "template"],
      ["dr", "us-west-2", "template-dr"],
      ["us-east-2", "us-east-2", "template-us-east-2"],
      ["eu-west-1", "eu-west-1", "template-eu-west-1"],
    ]);
    const stack = synthesis.stacks.find((s) => s.stack === "eu-west-1")!;
    expect(stack.template.Description).toBe(
      "shop (production): serving region eu-west-1. Generated by IDIO.",
    );
    // The region's stack holds exactly its copies' resources.
    const logicalIds = cloudFormationLogicalIds(graph);
    expect(Object.keys(stack.template.Resources as object).sort()).toEqual(
      copies("eu-west-1")
        .flatMap((node) => logicalIds.get(node.id)!)
        .sort(),
    );
    expect(Object.keys(stack.template.Parameters as object)).toEqual([
      "EdgeDnsZoneId",
      "EuWest1WebTaskImage",
      "NetworkFlowLogRoleArn",
      "WebExecutionRoleArn",
      "WebTaskRoleArn",
    ]);
    expect(synthesis.crossStack.filter((c) => c.to === "eu-west-1")).toEqual([
      { name: "EdgeDnsZoneId", from: "primary", to: "eu-west-1" },
      { name: "NetworkFlowLogRoleArn", from: "primary", to: "eu-west-1" },
      { name: "WebExecutionRoleArn", from: "primary", to: "eu-west-1" },
      { name: "WebTaskRoleArn", from: "primary", to: "eu-west-1" },
    ]);
    // The primary stack keeps its resources; it only gains the outputs the regions read.
    const primary = synthesis.stacks[0]!.template;
    const before = synthesizeCloudFormation(base).stacks[0]!.template;
    expect(primary.Resources).toEqual(before.Resources);
    expect(primary.Parameters).toEqual(before.Parameters);
  });

  it("deploys each region's stack in its region in the README, reading the primary's outputs", () => {
    const readme = emitCloudFormation(graph).find(
      (f) => f.path === "cloudformation/README.md",
    )!.contents;
    expect(readme).toContain(
      [
        "# us-east-2 stack (us-east-2)",
        "aws cloudformation deploy --region us-east-2 --stack-name shop-us-east-2 \\",
        "  --template-file template-us-east-2.yaml --capabilities CAPABILITY_NAMED_IAM --no-fail-on-empty-changeset \\",
        '  --s3-bucket "idio-cfn-$ACCOUNT-us-east-2" --s3-prefix shop \\',
        '  --parameter-overrides EdgeDnsZoneId="$(output us-east-1 shop-primary EdgeDnsZoneId)" NetworkFlowLogRoleArn="$(output us-east-1 shop-primary NetworkFlowLogRoleArn)" UsEast2WebTaskImage="$UsEast2WebTaskImage" WebExecutionRoleArn="$(output us-east-1 shop-primary WebExecutionRoleArn)" WebTaskRoleArn="$(output us-east-1 shop-primary WebTaskRoleArn)"',
        "# eu-west-1 stack (eu-west-1)",
      ].join("\n"),
    );
    expect(readme).toContain(
      "`template-us-east-2.yaml`, `template-eu-west-1.yaml` serve the application from `us-east-2`, `eu-west-1` beside the primary,\neach deployed in its region after the primary stack, whose outputs it reads.\n",
    );
    expect(readme.indexOf("# dr stack")).toBeLessThan(readme.indexOf("# us-east-2 stack"));
    const resources = Object.keys(
      synthesizeCloudFormation(graph).stacks.find((s) => s.stack === "eu-west-1")!.template
        .Resources as object,
    ).length;
    expect(readme).toContain(`| \`template-eu-west-1.yaml\` | \`eu-west-1\` | ${resources} |`);
  });

  it("splits a region's stack past 500 resources into nested stacks staged in its region", () => {
    const large = largeExtraRegionGraph();
    expect(checkGraph(large)).toEqual([]);
    const synthesis = synthesizeCloudFormation(large);
    const region = synthesis.stacks.find((s) => s.stack === "us-west-2")!;
    const primary = synthesis.stacks.find((s) => s.stack === "primary")!;
    expect(region).toMatchObject({ region: "us-west-2", baseName: "template-us-west-2" });
    expect(region.nested?.length).toBe(primary.nested?.length);
    expect(region.nested!.length).toBeGreaterThan(1);
    const files = emitCloudFormation(large).map((f) => f.path);
    expect(files).toContain("cloudformation/template-us-west-2-1.yaml");
    expect(files).toContain(`cloudformation/template-us-west-2-${region.nested!.length}.json`);
    const readme = emitCloudFormation(large).find(
      (f) => f.path === "cloudformation/README.md",
    )!.contents;
    expect(readme).toContain(
      [
        "aws cloudformation package --region us-west-2 --template-file template-us-west-2.yaml \\",
        '  --s3-bucket "idio-cfn-$ACCOUNT-us-west-2" --s3-prefix large --output-template-file template-us-west-2.packaged.yaml',
        "aws cloudformation deploy --region us-west-2 --stack-name large-us-west-2 \\",
      ].join("\n"),
    );
  });

  it("orders a region's stack after the primary and defers what the primary needs from it", () => {
    expect(deployOrder(["us-west-2", "primary"], [])).toEqual({
      order: ["primary", "us-west-2"],
      deferred: new Set(),
    });
    expect(
      deployOrder(
        ["us-west-2", "eu-west-1", "primary", "edge"],
        [
          { from: "us-west-2", to: "primary" },
          { from: "primary", to: "us-west-2" },
          { from: "edge", to: "eu-west-1" },
        ],
      ),
    ).toEqual({
      order: ["edge", "primary", "us-west-2", "eu-west-1"],
      deferred: new Set(["us-west-2->primary"]),
    });
  });
});

describe("Mermaid with extra serving regions", () => {
  it("draws each region apart, in intent order, its load balancer an entry for users", () => {
    const diagram = emitMermaid(graph);
    const lines = diagram.split("\n");
    const first = lines.indexOf('  subgraph n_region_us_east_2["Region us-east-2"]');
    const second = lines.indexOf('  subgraph n_region_eu_west_1["Region eu-west-1"]');
    expect(first).toBeGreaterThan(lines.findIndex((l) => l.startsWith("  subgraph dr_region")));
    expect(second).toBeGreaterThan(first);
    const inFirst = lines.slice(first + 1, lines.indexOf("  end", first));
    expect(inFirst).toContain(
      '    n_us_east_2_web_alb(["us-east-2.web.alb<br/><small>elbv2 load balancer</small>"])',
    );
    expect(inFirst.every((line) => line.startsWith("    n_us_east_2_"))).toBe(true);
    expect(lines).toContain("  users --> n_us_east_2_web_alb");
    expect(lines).toContain("  users --> n_eu_west_1_web_alb");
    // A data store's reference across regions is replication; a service's is a call.
    const moved = (id: string, region: string, as: string) => ({
      ...graph.nodes.find((n) => n.id === id)!,
      id: as,
      region: region as GraphNode["region"],
    });
    const crossing = emitMermaid({
      ...graph,
      nodes: [
        ...graph.nodes,
        moved("dr.db.cluster", "us-east-2", "us-east-2.db.cluster"),
        moved("api.task", "us-east-2", "us-east-2.api.task"),
      ] as GraphNode[],
    }).split("\n");
    expect(crossing).toContain("  n_us_east_2_db_cluster -. replicates .-> n_db_global_cluster");
    expect(crossing).toContain("  n_us_east_2_api_task --> n_db_cluster");
    expect(crossing).toContain("  n_dr_db_cluster -. replicates .-> n_db_global_cluster");
    // The primary's diagram is all still there (the class lines list the copies too).
    const all = new Set(lines);
    expect(
      emitMermaid(base)
        .split("\n")
        .filter((line) => !all.has(line) && !line.startsWith("  class ")),
    ).toEqual([]);
  });
});
