import {
  isJoin,
  isPseudo,
  isRef,
  type AwsRegionCode,
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
import { logicalId } from "../names.js";
import type { CloudFormationMapping } from "./mapping.js";

/** The stacks a graph deploys as: one per region it touches (an extra serving region's is its code). */
export type StackName = "primary" | "dr" | "edge" | AwsRegionCode;

export interface CloudFormationParameter {
  readonly Type: string;
  readonly Description: string;
  readonly AllowedPattern?: string;
  readonly Default?: string;
}

/** One template under construction. */
export interface TemplateParts {
  readonly parameters: Map<string, CloudFormationParameter>;
  readonly resources: Map<string, Record<string, unknown>>;
  readonly outputs: Map<string, { Description: string; Value: unknown }>;
  /** `Has<Parameter>` conditions guarding what needs a deferred value. */
  readonly conditions: Map<string, unknown>;
}

/** A value one stack needs from another: deploy the other first and pass its output. */
export interface CrossStackValue {
  readonly name: string;
  readonly from: StackName;
  readonly to: StackName;
  /**
   * The value flows against the deploy order (see `deployOrder`): its
   * parameter defaults to "" and what uses it waits for a second deploy.
   */
  readonly deferred?: boolean;
}

export interface AddOptions {
  readonly suffix?: string;
  readonly dependsOn?: readonly string[];
  /** For stateful resources: what happens to the data when the resource goes. */
  readonly retain?: "Retain" | "Snapshot" | "Delete";
}

/** Everything a mapping needs: value conversion, tags, parameters and resource creation. */
export class CloudFormationContext {
  readonly templates = new Map<StackName, TemplateParts>();
  readonly crossStack: CrossStackValue[] = [];
  private readonly byId: ReadonlyMap<string, GraphNode>;
  private current: StackName = "primary";
  /** Deferred parameters met while `guard` builds a value, innermost guard last. */
  private readonly captures: Set<string>[] = [];

  constructor(
    readonly graph: ResourceGraph,
    private readonly mappings: Readonly<Record<string, CloudFormationMapping>>,
    private readonly stackOfNode: (node: GraphNode) => StackName,
    /** `from->to` stack pairs whose values are deferred (they flow against the deploy order). */
    private readonly deferred: ReadonlySet<string> = new Set(),
  ) {
    this.byId = nodeById(graph);
  }

  /** Sets the template that the following `add` calls write into. */
  enter(node: GraphNode): void {
    this.current = this.stackOfNode(node);
  }

  template(stack: StackName = this.current): TemplateParts {
    let parts = this.templates.get(stack);
    if (parts === undefined) {
      parts = {
        parameters: new Map(),
        resources: new Map(),
        outputs: new Map(),
        conditions: new Map(),
      };
      this.templates.set(stack, parts);
    }
    return parts;
  }

  /** Adds one resource of `node`; returns its logical id. */
  add(
    node: GraphNode,
    type: string,
    properties: Record<string, unknown>,
    options: AddOptions = {},
  ): string {
    const id = logicalId(node.id) + (options.suffix ? logicalId(options.suffix) : "");
    const dependsOn = [
      ...node.dependsOn
        .filter((dep) => this.stackOf(dep) === this.current)
        .map((dep) => this.logicalIdOf(dep)),
      ...(options.dependsOn ?? []),
    ];
    const resource: Record<string, unknown> = {
      Type: type,
      ...(options.retain
        ? {
            DeletionPolicy: options.retain,
            UpdateReplacePolicy: options.retain === "Snapshot" ? "Snapshot" : options.retain,
          }
        : {}),
      ...(dependsOn.length > 0 ? { DependsOn: [...new Set(dependsOn)].sort() } : {}),
      Properties: compact(properties),
    };
    const resources = this.template().resources;
    if (resources.has(id)) throw new Error(`duplicate CloudFormation logical id ${id}`);
    resources.set(id, resource);
    return id;
  }

  /** A template parameter the user supplies at deploy time; returns a Ref to it. */
  parameter(name: string, spec: CloudFormationParameter): { Ref: string } {
    this.template().parameters.set(name, spec);
    return { Ref: name };
  }

  /**
   * `build()` as it is when every value it uses is known, and `otherwise`
   * (by default nothing: AWS::NoValue) on the first deploy, when a value from a
   * stack deployed later is still empty. Mappings wrap the optional feature
   * that such a value feeds (a backup copy, replication, a certificate).
   * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-conditions.html
   */
  guard(build: () => unknown, otherwise: unknown = { Ref: "AWS::NoValue" }): unknown {
    const capture = new Set<string>();
    this.captures.push(capture);
    let value: unknown;
    try {
      value = build();
    } finally {
      this.captures.pop();
    }
    const names = [...capture].sort();
    for (const outer of this.captures) for (const name of names) outer.add(name);
    if (names.length === 0) return value;
    const conditions = this.template().conditions;
    for (const name of names)
      conditions.set(`Has${name}`, { "Fn::Not": [{ "Fn::Equals": [{ Ref: name }, ""] }] });
    let condition = `Has${names[0]}`;
    if (names.length > 1) {
      condition = `Has${names.join("And")}`;
      conditions.set(condition, { "Fn::And": names.map((name) => ({ Condition: `Has${name}` })) });
    }
    return { "Fn::If": [condition, value, otherwise] };
  }

  /** Resource tags as CloudFormation's list of Key/Value pairs. */
  tags(node: GraphNode): { Key: string; Value: string }[] | undefined {
    const keys = Object.keys(node.tags).sort();
    return keys.length > 0 ? keys.map((Key) => ({ Key, Value: node.tags[Key]! })) : undefined;
  }

  /** Resource tags for the few types that take a plain map. */
  tagMap(node: GraphNode): Record<string, string> | undefined {
    const keys = Object.keys(node.tags).sort();
    return keys.length > 0
      ? Object.fromEntries(keys.map((key) => [key, node.tags[key]!]))
      : undefined;
  }

  /** A graph value in CloudFormation: Ref, Fn::GetAtt, Fn::Join or a pseudo parameter. */
  value(value: string | Ref | Join | Pseudo, node: GraphNode): unknown {
    if (typeof value === "string") return value;
    if (isRef(value)) return this.reference(value);
    if (isJoin(value)) {
      const parts = value.join.map((part) => this.value(part, node));
      return parts.every((part) => typeof part === "string")
        ? parts.join("")
        : { "Fn::Join": ["", parts] };
    }
    if (isPseudo(value)) return this.pseudo(value.pseudo);
    throw new Error(`unsupported value ${JSON.stringify(value)}`);
  }

  optional(value: string | Ref | Join | Pseudo | undefined, node: GraphNode): unknown {
    return value === undefined ? undefined : this.value(value, node);
  }

  values(list: readonly (string | Ref | Join | Pseudo)[], node: GraphNode): unknown[] {
    return list.map((item) => this.value(item, node));
  }

  /** Any props value (nested arrays and objects) with every reference resolved. */
  deep(value: unknown, node: GraphNode): unknown {
    return mapValues(value, (leaf) => this.value(leaf, node));
  }

  pseudo(name: Pseudo["pseudo"]): { Ref: string } {
    return {
      Ref:
        name === "accountId"
          ? "AWS::AccountId"
          : name === "region"
            ? "AWS::Region"
            : "AWS::Partition",
    };
  }

  /** A reference to another node: direct within a stack, a parameter across stacks. */
  reference(reference: Ref): unknown {
    const target = this.byId.get(reference.ref);
    if (target === undefined) throw new Error(`reference to missing node ${reference.ref}`);
    const targetStack = this.stackOfNode(target);
    if (targetStack !== this.current) {
      const name = `${logicalId(target.id)}${logicalId(reference.attr)}`;
      const deferred = this.deferred.has(`${targetStack}->${this.current}`);
      if (deferred) this.captures.at(-1)?.add(name);
      if (!this.crossStack.some((c) => c.name === name && c.to === this.current)) {
        this.crossStack.push({
          name,
          from: targetStack,
          to: this.current,
          ...(deferred ? { deferred } : {}),
        });
        const saved = this.current;
        this.current = targetStack;
        this.template(targetStack).outputs.set(name, {
          Description: `${reference.attr} of ${target.id}, for the ${saved} stack`,
          Value: this.reference(reference),
        });
        this.current = saved;
      }
      return this.parameter(name, {
        Type: "String",
        Description: deferred
          ? `Output ${name} of the ${targetStack} stack (${reference.attr} of ${target.id}); empty on this stack's first deploy, which comes before the ${targetStack} stack's.`
          : `Output ${name} of the ${targetStack} stack (${reference.attr} of ${target.id}).`,
        ...(deferred ? { Default: "" } : {}),
      });
    }
    const mapping = this.mappings[target.kind]!;
    const attr = mapping.attrs[reference.attr];
    if (attr === undefined)
      throw new Error(
        `${target.kind} has no CloudFormation mapping for attribute ${reference.attr}`,
      );
    const id = this.logicalIdOf(target.id);
    if (attr === "Ref") return { Ref: id };
    if (typeof attr === "string") return { "Fn::GetAtt": [id, attr] };
    return attr(id, target, this);
  }

  /** The logical id of a node's main resource. */
  logicalIdOf(nodeId: string): string {
    return logicalId(nodeId);
  }

  stackOf(nodeId: string): StackName {
    const node = this.byId.get(nodeId);
    if (node === undefined) throw new Error(`missing node ${nodeId}`);
    return this.stackOfNode(node);
  }

  node(nodeId: string): GraphNode | undefined {
    return this.byId.get(nodeId);
  }
}

/** Drops undefined properties (and empty lists), so templates show only what is set. */
function compact(properties: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) {
    const value = properties[key];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    // Mapping property names are AWS's; never `__proto__`, which assignment would not copy.
    kept[key] = value;
  }
  return kept;
}

/** Wraps strings that use `${AWS::…}` or `${Logical.Attr}` in Fn::Sub. */
export function substitute(value: unknown): unknown {
  return rebuildJson(value, {
    replace: (item) =>
      typeof item !== "string" ? DESCEND : item.includes("${") ? { "Fn::Sub": item } : item,
  });
}
