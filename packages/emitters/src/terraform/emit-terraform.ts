import { TerraformOutput, TerraformStack, TerraformVariable } from "cdktf";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider/index.js";
import { Construct } from "constructs";
import type { GraphNode, ResourceGraph } from "@idio-iac/graph";
import type { EmittedFile } from "../emitted-file.js";
import { edgeNodeIds } from "../edge-nodes.js";
import { commonTags, terraformName } from "../names.js";
import { OUTPUTS, outputValue } from "../outputs.js";
import { backendBlock, type TerraformBackend } from "./backend.js";
import { escapeLiterals, resourceName, TerraformContext } from "./context.js";
import { TERRAFORM_MAPPINGS } from "./registry.js";
import { terraformReadme } from "./readme.js";
import { stackJson } from "./stack-json.js";
import { withoutStackTraces } from "./without-stack-traces.js";

export interface TerraformOptions {
  /** Where state lives; local by default. */
  readonly backend?: TerraformBackend;
}

/** The AWS provider constraint: @cdktf/provider-aws 20.1 is generated from provider 5.100. */
export const AWS_PROVIDER_VERSION = "~> 5.100";
export const TERRAFORM_VERSION = ">= 1.5";

/** A Terraform output the emitted configuration declares. */
export interface TerraformOutputInfo {
  readonly name: string;
  readonly description: string;
  readonly nodeId: string;
}

/** Everything `emitTerraform` knows about what it wrote, for the README and for tests. */
export interface TerraformSynthesis {
  readonly config: Record<string, unknown>;
  /** Every resource address, sorted; equals what `terraform plan` creates. */
  readonly addresses: readonly string[];
  readonly variables: ReadonlyMap<string, { description: string }>;
  readonly outputs: readonly TerraformOutputInfo[];
  readonly files: ReadonlyMap<string, { contents: string; encoding?: "base64" }>;
}

/** The resource addresses each node's mapping declares, in graph order. */
export function terraformAddresses(graph: ResourceGraph): Map<string, string[]> {
  const byNode = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const mapping = TERRAFORM_MAPPINGS[node.kind] as {
      resources(n: GraphNode): readonly { type: string; suffix?: string }[];
    };
    byNode.set(
      node.id,
      mapping.resources(node).map((spec) => `${spec.type}.${resourceName(node.id, spec.suffix)}`),
    );
  }
  return byNode;
}

/** The provider alias of each extra serving region: its code with underscores (`aws.us_west_2`). */
export function regionProviderAliases(
  graph: ResourceGraph,
): { readonly region: string; readonly alias: string }[] {
  return (graph.regions ?? []).map((region) => ({ region, alias: region.replace(/-/g, "_") }));
}

/** Synthesises the graph into a Terraform JSON configuration, in memory. */
export function synthesizeTerraform(
  graph: ResourceGraph,
  options: TerraformOptions = {},
): TerraformSynthesis {
  return withoutStackTraces(() => synthesize(graph, options));
}

function synthesize(graph: ResourceGraph, options: TerraformOptions): TerraformSynthesis {
  const root = new Construct(undefined as unknown as Construct, "");
  const stack = new TerraformStack(root, graph.name);
  const defaultTags = commonTags(graph);
  const tags = Object.keys(defaultTags).length > 0 ? [{ tags: defaultTags }] : undefined;
  new AwsProvider(stack, "aws", { region: graph.region, defaultTags: tags });
  const dr = graph.drRegion
    ? new AwsProvider(stack, "aws_dr", { region: graph.drRegion, alias: "dr", defaultTags: tags })
    : undefined;
  const edgeIds = edgeNodeIds(graph);
  const edge =
    edgeIds.size > 0
      ? new AwsProvider(stack, "aws_edge", {
          region: "us-east-1",
          alias: "edge",
          defaultTags: tags,
        })
      : undefined;
  // One provider per extra serving region, in the graph's (the intent's) order.
  const regions = new Map(
    regionProviderAliases(graph).map(({ region, alias }) => [
      region,
      new AwsProvider(stack, `aws_${alias}`, { region, alias, defaultTags: tags }),
    ]),
  );

  const ctx = new TerraformContext(
    stack,
    graph,
    TERRAFORM_MAPPINGS,
    { dr, edge, regions },
    defaultTags,
    edgeIds,
  );
  for (const node of graph.nodes) {
    const mapping = TERRAFORM_MAPPINGS[node.kind] as {
      emit(n: GraphNode, c: TerraformContext): void;
    };
    mapping.emit(escapeLiterals(node), ctx);
  }

  const outputs: TerraformOutputInfo[] = [];
  for (const node of graph.nodes) {
    for (const spec of OUTPUTS[node.kind] ?? []) {
      const value = outputValue(spec, node);
      if (value === undefined) continue;
      const name = `${terraformName(node.id)}_${snake(spec.attr)}`;
      const description = `${spec.description} (${node.id})`;
      new TerraformOutput(stack, `output.${name}`, {
        value: ctx.value(value, node),
        description,
      }).overrideLogicalId(name);
      outputs.push({ name, description, nodeId: node.id });
    }
  }
  for (const name of [...ctx.variables.keys()].sort()) {
    new TerraformVariable(stack, `variable.${name}`, {
      type: "string",
      description: ctx.variables.get(name)!.description,
      nullable: false,
    }).overrideLogicalId(name);
  }
  const config = stackJson(stack, {
    terraform: {
      required_version: TERRAFORM_VERSION,
      required_providers: { aws: { source: "hashicorp/aws", version: AWS_PROVIDER_VERSION } },
      backend: backendBlock(options.backend ?? { type: "local" }, graph.region),
    },
  });
  const addresses = synthesizedAddresses(config);
  const declared = [...terraformAddresses(graph).values()].flat().sort();
  if (JSON.stringify(addresses) !== JSON.stringify(declared)) {
    // A mapping created a resource it did not declare (or the reverse): an IDIO bug.
    const extra = addresses.filter((a) => !declared.includes(a));
    const missing = declared.filter((a) => !addresses.includes(a));
    throw new Error(
      `Terraform mappings disagree with what they created: undeclared ${extra.join(", ") || "none"}; not created ${missing.join(", ") || "none"}`,
    );
  }
  return { config, addresses, variables: ctx.variables, outputs, files: ctx.files };
}

/** `terraform/main.tf.json`, `terraform/README.md` and any placeholder Lambda packages. */
export function emitTerraform(graph: ResourceGraph, options: TerraformOptions = {}): EmittedFile[] {
  const synthesis = synthesizeTerraform(graph, options);
  const files: EmittedFile[] = [
    { path: "terraform/main.tf.json", contents: `${JSON.stringify(synthesis.config, null, 2)}\n` },
    { path: "terraform/README.md", contents: terraformReadme(graph, synthesis, options) },
  ];
  for (const name of [...synthesis.files.keys()].sort()) {
    const file = synthesis.files.get(name)!;
    files.push({ path: `terraform/${name}`, ...file });
  }
  return files;
}

function synthesizedAddresses(config: Record<string, unknown>): string[] {
  const resources = (config.resource ?? {}) as Record<string, Record<string, unknown>>;
  return Object.entries(resources)
    .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`))
    .sort();
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
