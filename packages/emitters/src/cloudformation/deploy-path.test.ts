/**
 * The CloudFormation deploy path over every example, both every-kind fixtures
 * and the DNS variants: a first-deploy order exists (the stacks' dependency
 * graph is acyclic), every template is within CloudFormation's per-stack
 * quotas, the README stages what is over the inline limit in S3, stateful
 * resources say what happens to their data, and no availability zone is
 * hard-coded.
 */
import { describe, expect, it } from "vitest";
import type { ResourceGraph } from "@idio-iac/graph";
import { compiledExamples } from "../test-support/compiled-examples.js";
import { dnsVariantSubjects } from "../test-support/dns-variants.js";
import { everyKindFixtures } from "../test-support/every-kind.js";
import { largeIntentGraph } from "../test-support/large-intent.js";
import { deployOrder } from "./deploy-order.js";
import {
  emitCloudFormation,
  synthesizeCloudFormation,
  type CloudFormationStack,
} from "./emit-cloudformation.js";
import { CLOUDFORMATION_LIMITS, templateBytes } from "./limits.js";

type Resource = {
  Type: string;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Properties: Record<string, unknown>;
};
type Template = {
  Parameters?: Record<string, { Default?: string }>;
  Resources: Record<string, Resource>;
  Outputs?: Record<string, unknown>;
};

const subjects: { label: string; graph: ResourceGraph }[] = [
  ...compiledExamples().map((e) => ({ label: e.name, graph: e.graph })),
  ...everyKindFixtures().map((f) => ({ label: `every-kind-${f.name}`, graph: f.graph })),
  ...dnsVariantSubjects(),
];
const synthesized = subjects.map((s) => ({ ...s, synthesis: synthesizeCloudFormation(s.graph) }));
const labels = synthesized.map((s) => s.label);
const of = (label: string) => synthesized.find((s) => s.label === label)!;
/** Every template a stack deploys: the stack's own and its nested stacks'. */
const templatesOf = (stack: CloudFormationStack): [string, Template][] => [
  [stack.baseName, stack.template as Template],
  ...(stack.nested ?? []).map(
    (child, i) => [`${stack.baseName}-${i + 1}`, child.template as Template] as [string, Template],
  ),
];

/**
 * Resource types that hold data, and what their policies protect.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-deletionpolicy.html
 */
const STATEFUL = [
  "AWS::Backup::BackupVault",
  "AWS::DynamoDB::GlobalTable",
  "AWS::DynamoDB::Table",
  "AWS::ElastiCache::ReplicationGroup",
  "AWS::KMS::Key",
  "AWS::Kinesis::Stream",
  "AWS::Logs::LogGroup",
  "AWS::RDS::DBCluster",
  "AWS::RDS::DBInstance",
  "AWS::S3::Bucket",
  "AWS::SQS::Queue",
];

/**
 * In production every stateful resource keeps its data on delete, except
 * copies whose source keeps it: an Aurora cluster's instances (the cluster
 * snapshots), a global database's secondary cluster, a read replica.
 */
function mayDeleteInProduction(resource: Resource): boolean {
  const p = resource.Properties;
  if (resource.Type === "AWS::RDS::DBInstance")
    return p.DBClusterIdentifier !== undefined || p.SourceDBInstanceIdentifier !== undefined;
  if (resource.Type === "AWS::RDS::DBCluster") return p.GlobalClusterIdentifier !== undefined;
  return false;
}

describe("CloudFormation deploy path", () => {
  it.each(labels)("%s: the stacks deploy in order, each needing only stacks before it", (label) => {
    const { synthesis } = of(label);
    const position = new Map(synthesis.stacks.map((s, i) => [s.stack, i]));
    for (const value of synthesis.crossStack) {
      const to = synthesis.stacks[position.get(value.to)!]!.template as Template;
      const parameter = to.Parameters?.[value.name];
      expect(parameter, `${value.name} in ${value.to}`).toBeDefined();
      if (value.deferred) {
        // Against the order: optional, its users off until the second deploy.
        expect(position.get(value.from)!).toBeGreaterThan(position.get(value.to)!);
        expect(parameter!.Default).toBe("");
      } else {
        expect(position.get(value.from)!).toBeLessThan(position.get(value.to)!);
        expect(parameter!.Default).toBeUndefined();
      }
    }
    // Acyclic: the required edges alone admit the order (no edge points backwards).
    const required = synthesis.crossStack.filter((c) => !c.deferred);
    const order = deployOrder(
      synthesis.stacks.map((s) => s.stack),
      required,
    );
    expect(order.deferred.size).toBe(0);
  });

  it("a cycle between the primary and DR stacks is broken at the primary", () => {
    expect(
      deployOrder(
        ["primary", "dr", "edge"],
        [
          { from: "primary", to: "dr" },
          { from: "dr", to: "primary" },
          { from: "edge", to: "primary" },
        ],
      ),
    ).toEqual({ order: ["edge", "primary", "dr"], deferred: new Set(["dr->primary"]) });
    // Primary and edge needing each other (a certificate validated in the primary's zone).
    expect(
      deployOrder(
        ["primary", "edge"],
        [
          { from: "primary", to: "edge" },
          { from: "edge", to: "primary" },
        ],
      ),
    ).toEqual({ order: ["primary", "edge"], deferred: new Set(["edge->primary"]) });
  });

  it("examples with a DR region have a cycle to break, and break it", () => {
    const deferred = (label: string) =>
      of(label)
        .synthesis.crossStack.filter((c) => c.deferred)
        .map((c) => `${c.from}->${c.to} ${c.name}`)
        .sort();
    // The primary's backup copies, replication and replicas wait for the DR stack's values.
    expect(deferred("healthcare-hipaa")).toEqual(
      expect.arrayContaining([
        "dr->primary DrDocumentsBucketArn",
        "dr->primary DrRecoveryBackupVaultArn",
        "dr->primary DrSecurityKmsKeyArn",
      ]),
    );
    expect(deferred("ecommerce-platform")).toContain("dr->primary DrRecoveryBackupVaultArn");
    for (const label of labels)
      for (const value of deferred(label))
        // Extra serving regions deploy after the primary too (S3 replication to them, their keys).
        expect(value).toMatch(/^(dr|edge|[a-z]{2}(-[a-z]+)+-\d)->primary /);
    expect(deferred("startup-mvp")).toEqual([]);
  });

  it("a deferred value's users are off on the first deploy (an Fn::If on its condition)", () => {
    const primary = of("healthcare-hipaa").synthesis.stacks.find((s) => s.stack === "primary")!
      .template as Template & { Conditions: Record<string, unknown> };
    expect(Object.keys(primary.Conditions)).toContain("HasDrRecoveryBackupVaultArn");
    const plan = Object.values(primary.Resources).find(
      (r) => r.Type === "AWS::Backup::BackupPlan",
    )!;
    const rule = (plan.Properties.BackupPlan as { BackupPlanRule: Record<string, unknown>[] })
      .BackupPlanRule[0]!;
    expect(rule.CopyActions).toEqual({
      "Fn::If": [
        "HasDrRecoveryBackupVaultArn",
        [
          {
            DestinationBackupVaultArn: { Ref: "DrRecoveryBackupVaultArn" },
            Lifecycle: { DeleteAfterDays: 35 },
          },
        ],
        { Ref: "AWS::NoValue" },
      ],
    });
  });

  it.each(labels)("%s: every template is within CloudFormation's per-stack quotas", (label) => {
    for (const stack of of(label).synthesis.stacks)
      for (const [name, template] of templatesOf(stack)) {
        const count = (section: keyof Template) => Object.keys(template[section] ?? {}).length;
        expect(count("Resources"), name).toBeLessThanOrEqual(CLOUDFORMATION_LIMITS.resources);
        expect(count("Parameters"), name).toBeLessThanOrEqual(CLOUDFORMATION_LIMITS.parameters);
        expect(count("Outputs"), name).toBeLessThanOrEqual(CLOUDFORMATION_LIMITS.outputs);
        expect(templateBytes(template), name).toBeLessThanOrEqual(CLOUDFORMATION_LIMITS.s3Bytes);
      }
  });

  it.each(labels)(
    "%s: the README deploys every stack in order, from S3 when over the inline limit",
    (label) => {
      const { synthesis, graph } = of(label);
      const readme = emitCloudFormation(graph).find(
        (f) => f.path === "cloudformation/README.md",
      )!.contents;
      const commands = readme
        .slice(readme.indexOf("```sh"))
        .split(/\n(?=aws cloudformation deploy)/)
        .filter((c) => c.startsWith("aws cloudformation deploy"));
      // `<name>-<stack>`; an extra serving region's stack name is its code (`shop-us-west-2`).
      const prefix = `--stack-name ${graph.name.replace(/[^A-Za-z0-9-]/g, "-")}-`;
      const deployed = commands.map(
        (c) => c.slice(c.indexOf(prefix) + prefix.length).split(/\s/)[0],
      );
      const again = [...new Set(synthesis.crossStack.filter((c) => c.deferred).map((c) => c.to))];
      expect(deployed).toEqual([...synthesis.stacks.map((s) => s.stack), ...again]);
      for (const [index, command] of commands.entries()) {
        const stack = synthesis.stacks.find((s) => s.stack === deployed[index])!;
        const body = command.slice(
          0,
          command.indexOf("\n#") >= 0 ? command.indexOf("\n#") : undefined,
        );
        if (templateBytes(stack.template) > CLOUDFORMATION_LIMITS.inlineBytes)
          expect(body).toContain(`--s3-bucket "idio-cfn-$ACCOUNT-${stack.region}"`);
        else expect(body).not.toContain("--s3-bucket");
        // Every parameter without a default is given (the deferred ones on the second deploy).
        const given = [...body.matchAll(/ (\w+)="/g)].map((m) => m[1]);
        const second = index >= synthesis.stacks.length;
        const parameters = Object.entries((stack.template as Template).Parameters ?? {});
        for (const [name, spec] of parameters) {
          const deferred = synthesis.crossStack.some(
            (c) => c.deferred && c.name === name && c.to === stack.stack,
          );
          if (spec.Default === undefined || (deferred && second)) expect(given).toContain(name);
          else expect(given).not.toContain(name);
        }
      }
      if (
        synthesis.stacks.some((s) => templateBytes(s.template) > CLOUDFORMATION_LIMITS.inlineBytes)
      )
        expect(readme).toMatch(/aws s3 mb "s3:\/\/idio-cfn-\$ACCOUNT-[a-z0-9-]+" --region /);
    },
  );

  it("examples over the inline limit exist (the S3 path is exercised)", () => {
    const over = synthesized.filter((s) =>
      s.synthesis.stacks.some(
        (stack) => templateBytes(stack.template) > CLOUDFORMATION_LIMITS.inlineBytes,
      ),
    );
    expect(over.length).toBeGreaterThan(3);
  });

  it.each(labels)(
    "%s: stateful resources carry DeletionPolicy and UpdateReplacePolicy",
    (label) => {
      const { synthesis, graph } = of(label);
      const production = graph.environment === "production";
      for (const stack of synthesis.stacks)
        for (const [name, template] of templatesOf(stack))
          for (const [id, resource] of Object.entries(template.Resources)) {
            if (!STATEFUL.includes(resource.Type)) continue;
            const where = `${name} ${id} (${resource.Type})`;
            expect(resource.DeletionPolicy, where).toMatch(/^(Retain|Snapshot|Delete)$/);
            expect(resource.UpdateReplacePolicy, where).toBe(resource.DeletionPolicy);
            if (production && !mayDeleteInProduction(resource))
              expect(resource.DeletionPolicy, where).not.toBe("Delete");
          }
    },
  );

  it("databases snapshot, data stores are kept, logs and queues follow the environment", () => {
    const policies = (label: string, type: string) => [
      ...new Set(
        of(label)
          .synthesis.stacks.flatMap((s) => Object.values((s.template as Template).Resources))
          .filter((r) => r.Type === type)
          .map((r) => r.DeletionPolicy),
      ),
    ];
    expect(policies("ecommerce-platform", "AWS::Logs::LogGroup")).toEqual(["Retain"]);
    expect(policies("startup-mvp", "AWS::Logs::LogGroup")).toEqual(["Delete"]);
    expect(policies("data-pipeline", "AWS::Kinesis::Stream")).toEqual(["Delete"]);
    expect(policies("serverless-api", "AWS::SQS::Queue")).toEqual(["Retain"]);
    expect(policies("data-pipeline", "AWS::RDS::DBCluster")).toEqual(["Snapshot"]);
    expect(policies("healthcare-hipaa", "AWS::KMS::Key")).toEqual(["Retain"]);
    expect(policies("healthcare-hipaa", "AWS::S3::Bucket")).toEqual(["Retain"]);
  });

  it.each(labels)("%s: no availability zone is hard-coded", (label) => {
    for (const stack of of(label).synthesis.stacks)
      for (const [name, template] of templatesOf(stack)) {
        const text = JSON.stringify(template);
        expect(text.match(/"[a-z]{2}(-[a-z]+)+-\d+[a-z]"/g) ?? [], name).toEqual([]);
        for (const resource of Object.values(template.Resources)) {
          const zone = resource.Properties.AvailabilityZone;
          if (zone === undefined) continue;
          expect(zone).toEqual({
            "Fn::Select": [expect.any(Number), { "Fn::GetAZs": "" }],
          });
        }
      }
  });

  it("subnets keep their CIDR blocks and take zones in the graph's order", () => {
    const { graph, synthesis } = of("ecommerce-platform");
    const primary = synthesis.stacks.find((s) => s.stack === "primary")!.template as Template;
    for (const node of graph.nodes) {
      if (node.kind !== "aws.ec2.subnet" || node.region === "dr") continue;
      const subnet = Object.values(primary.Resources).find(
        (r) => r.Type === "AWS::EC2::Subnet" && r.Properties.CidrBlock === node.props.cidrBlock,
      )!;
      const letter = node.props.availabilityZone.at(-1)!;
      expect(subnet.Properties.AvailabilityZone).toEqual({
        "Fn::Select": [letter.charCodeAt(0) - 97, { "Fn::GetAZs": "" }],
      });
    }
  });

  it.each(labels)("%s: the same intent emits the same bytes", (label) => {
    const { graph } = of(label);
    expect(emitCloudFormation(graph)).toEqual(emitCloudFormation(graph));
  });
});

describe("an intent past 500 resources", () => {
  const graph = largeIntentGraph();
  const files = emitCloudFormation(graph);
  const primary = synthesizeCloudFormation(graph).stacks.find((s) => s.stack === "primary")!;

  it("is emitted as a parent and nested stacks, each within the quotas", () => {
    const parts = primary.nested!;
    const total = parts.reduce(
      (sum, part) => sum + Object.keys(part.template.Resources as object).length,
      0,
    );
    expect(total).toBeGreaterThan(CLOUDFORMATION_LIMITS.resources);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    for (const [, template] of templatesOf(primary)) {
      expect(Object.keys(template.Resources).length).toBeLessThanOrEqual(
        CLOUDFORMATION_LIMITS.resources,
      );
      expect(templateBytes(template)).toBeLessThanOrEqual(CLOUDFORMATION_LIMITS.s3Bytes);
    }
    const paths = files.map((f) => f.path);
    for (const [index] of parts.entries())
      for (const extension of ["json", "yaml"])
        expect(paths).toContain(`cloudformation/template-${index + 1}.${extension}`);
    // Each form of the parent points at the same form of its parts.
    const parentJson = files.find((f) => f.path === "cloudformation/template.json")!.contents;
    const parentYaml = files.find((f) => f.path === "cloudformation/template.yaml")!.contents;
    expect(parentJson).toContain('"TemplateURL": "template-1.json"');
    expect(parentYaml).toContain("TemplateURL: template-1.yaml");
    expect(parentJson).not.toContain(".yaml");
  });

  it("the README packages the parts to S3 and deploys the packaged parent", () => {
    const readme = files.find((f) => f.path === "cloudformation/README.md")!.contents;
    expect(readme).toContain(
      [
        "aws cloudformation package --region eu-west-1 --template-file template.yaml \\",
        '  --s3-bucket "idio-cfn-$ACCOUNT-eu-west-1" --s3-prefix large --output-template-file template.packaged.yaml',
        "aws cloudformation deploy --region eu-west-1 --stack-name large-primary \\",
        "  --template-file template.packaged.yaml --capabilities CAPABILITY_NAMED_IAM --no-fail-on-empty-changeset \\",
        '  --s3-bucket "idio-cfn-$ACCOUNT-eu-west-1" --s3-prefix large',
      ].join("\n"),
    );
    expect(readme).toContain("| `template-1.yaml` | `eu-west-1` |");
  });

  it("the same intent gives the same parts, byte for byte", () => {
    expect(emitCloudFormation(largeIntentGraph())).toEqual(files);
  });
});
