import type { TerraformResource } from "cdktf";
import type { TerraformProvider } from "cdktf";
import type { Construct } from "constructs";
import {
  awsRegionOf,
  isJoin,
  isPseudo,
  isRef,
  type GraphNode,
  type Join,
  type Pseudo,
  type Ref,
  type ResourceGraph,
  mapValues,
  nodeById,
  DESCEND,
  rebuildJson,
} from "@idio-iac/graph";
import { partitionOf, terraformName } from "../names.js";
import type { TerraformMapping } from "./mapping.js";
import { preventsDestroy } from "./prevent-destroy.js";

/** A cdktf resource class: its constructor and its Terraform type. */
interface ResourceClass<C> {
  new (scope: Construct, id: string, config: C): TerraformResource;
  readonly tfResourceType: string;
}

/** Everything a mapping needs: value conversion, providers, tags and resource creation. */
export class TerraformContext {
  /** Terraform variables the emitted values need (e.g. the account id), by name. */
  readonly variables = new Map<string, { description: string }>();
  /** Extra files (placeholder Lambda packages) by path. */
  readonly files = new Map<string, { contents: string; encoding?: "base64" }>();
  private readonly byId: ReadonlyMap<string, GraphNode>;

  constructor(
    readonly scope: Construct,
    readonly graph: ResourceGraph,
    private readonly mappings: Readonly<Record<string, TerraformMapping>>,
    private readonly providers: {
      readonly dr?: TerraformProvider;
      /** us-east-1, for the graph's `edge` nodes (CloudFront certificates and web ACLs). */
      readonly edge?: TerraformProvider;
      /** One per extra serving region (`graph.regions`), by region code. */
      readonly regions?: ReadonlyMap<string, TerraformProvider>;
    },
    private readonly defaultTags: Readonly<Record<string, string>>,
    /** Node ids that must live in us-east-1 whatever the primary region. */
    private readonly edgeNodes: ReadonlySet<string>,
  ) {
    this.byId = nodeById(graph);
  }

  /** Creates one resource of `node` under the node's Terraform name, in the node's region. */
  create<C extends object>(
    node: GraphNode,
    cls: ResourceClass<C>,
    config: C,
    suffix?: string,
  ): TerraformResource {
    const name = resourceName(node.id, suffix);
    const resource = new cls(this.scope, `${cls.tfResourceType}.${name}`, {
      ...config,
      ...(this.providerFor(node) ? { provider: this.providerFor(node) } : {}),
    });
    resource.overrideLogicalId(name);
    if (preventsDestroy(node, cls.tfResourceType, this.graph))
      resource.addOverride("lifecycle.prevent_destroy", true);
    if (node.dependsOn.length > 0) {
      resource.addOverride(
        "depends_on",
        [...node.dependsOn].sort().map((id) => this.address(id)),
      );
    }
    return resource;
  }

  /** The node's own tags that the provider's default tags do not already set. */
  tags(node: GraphNode): Record<string, string> | undefined {
    const own: Record<string, string> = {};
    for (const key of Object.keys(node.tags).sort()) {
      if (this.defaultTags[key] !== node.tags[key]) own[key] = node.tags[key]!;
    }
    return Object.keys(own).length > 0 ? own : undefined;
  }

  /** The region a node is created in. */
  regionOf(node: GraphNode): string {
    if (this.edgeNodes.has(node.id)) return "us-east-1";
    return awsRegionOf(this.graph, node);
  }

  partition(node: GraphNode): string {
    return partitionOf(this.regionOf(node));
  }

  /** The AWS account id, as a Terraform expression (a variable: plans need no AWS call). */
  accountId(): string {
    return this.variable(
      "aws_account_id",
      "The AWS account to deploy into (12 digits); used in key and resource policies.",
    );
  }

  /** A Terraform variable the user sets at plan time, as an expression. */
  variable(name: string, description: string): string {
    this.variables.set(name, { description });
    return `\${var.${name}}`;
  }

  /** Any attribute of a node's main resource, beyond the kind's declared `attrs`. */
  attribute(nodeId: string, path: string): string {
    return `\${${this.address(nodeId)}.${path}}`;
  }

  /**
   * A graph value as Terraform: references become expressions, joins
   * interpolation. Literal strings arrive escaped (see `escapeLiterals`).
   */
  value(value: string | Ref | Join | Pseudo, node: GraphNode): string {
    if (typeof value === "string") return value;
    if (isRef(value)) return `\${${this.expression(value)}}`;
    if (isJoin(value)) return value.join.map((part) => this.value(part, node)).join("");
    if (isPseudo(value)) return this.pseudo(value, node);
    throw new Error(`unsupported value ${JSON.stringify(value)}`);
  }

  /** Like `value`, for optional props. */
  optional(value: string | Ref | Join | Pseudo | undefined, node: GraphNode): string | undefined {
    return value === undefined ? undefined : this.value(value, node);
  }

  /** A list of graph values as Terraform strings. */
  values(list: readonly (string | Ref | Join | Pseudo)[], node: GraphNode): string[] {
    return list.map((item) => this.value(item, node));
  }

  /** Any props value (nested arrays and objects) with every reference resolved. */
  deep(value: unknown, node: GraphNode): unknown {
    return mapValues(value, (leaf) => this.value(leaf, node));
  }

  /** The bare expression (`aws_vpc.network_vpc.id`) behind a reference. */
  expression(reference: Ref): string {
    const target = this.byId.get(reference.ref);
    if (target === undefined) throw new Error(`reference to missing node ${reference.ref}`);
    const mapping = this.mappings[target.kind]!;
    const path = mapping.attrs[reference.attr];
    if (path === undefined)
      throw new Error(`${target.kind} has no Terraform mapping for attribute ${reference.attr}`);
    return `${mapping.type}.${terraformName(target.id)}.${path}`;
  }

  /** The address of a node's main resource. */
  address(nodeId: string): string {
    const target = this.byId.get(nodeId);
    if (target === undefined) throw new Error(`dependency on missing node ${nodeId}`);
    return `${this.mappings[target.kind]!.type}.${terraformName(nodeId)}`;
  }

  node(nodeId: string): GraphNode | undefined {
    return this.byId.get(nodeId);
  }

  private pseudo(value: Pseudo, node: GraphNode): string {
    switch (value.pseudo) {
      case "accountId":
        return this.accountId();
      case "region":
        return this.regionOf(node);
      case "partition":
        return this.partition(node);
    }
  }

  private providerFor(node: GraphNode): TerraformProvider | undefined {
    if (this.edgeNodes.has(node.id)) return this.providers.edge;
    if (node.region === "dr") return this.providers.dr;
    // An edge node outside edgeNodes is in a us-east-1 graph: the primary provider's.
    if (node.region === "primary" || node.region === "edge") return undefined;
    const provider = this.providers.regions?.get(awsRegionOf(this.graph, node));
    if (provider === undefined)
      throw new Error(`node ${node.id} is in ${node.region}, which has no provider`);
    return provider;
  }
}

/** The Terraform name of one of a node's resources. */
export function resourceName(nodeId: string, suffix?: string): string {
  return suffix === undefined
    ? terraformName(nodeId)
    : `${terraformName(nodeId)}_${terraformName(suffix)}`;
}

/** Literal text must not start Terraform interpolation. */
function escapeTemplate(text: string): string {
  return text.replace(/([$%])\{/g, (_, sign: string) => `${sign}${sign}{`);
}

/**
 * A node with every literal string in its props escaped for Terraform
 * templates, so user text like `${HOME}` stays text whichever prop carries
 * it; references (ids and attribute names) are left alone.
 */
export function escapeLiterals<N extends GraphNode>(node: N): N {
  const props = rebuildJson(node.props, {
    replace: (value) =>
      typeof value === "string" ? escapeTemplate(value) : isRef(value) ? value : DESCEND,
  });
  return { ...node, props } as N;
}
