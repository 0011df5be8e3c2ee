/**
 * Values a node's props may hold. A reference to another node is a typed
 * value, never a string an emitter would have to parse: each emitter turns
 * `Ref` into its own form (a Terraform expression, CloudFormation Ref/GetAtt)
 * and `Join` into interpolation or Fn::Join.
 */

/** A reference to an attribute of another node (see each kind's `attrs`). */
export interface Ref {
  readonly ref: string;
  readonly attr: string;
}

/** A string built from literal parts and references, concatenated in order. */
export interface Join {
  readonly join: readonly (string | Ref)[];
}

/** A deployment-time value the emitters resolve (account id, region, partition). */
export interface Pseudo {
  readonly pseudo: "accountId" | "region" | "partition";
}

export type Scalar = string | number | boolean;
export type Value = Scalar | Ref | Join | Pseudo;

/** Props may nest values in arrays and plain objects. */
export type PropValue = Value | null | readonly PropValue[] | { readonly [key: string]: PropValue };

export function ref(id: string, attr = "id"): Ref {
  return { ref: id, attr };
}

export function join(...parts: (string | Ref)[]): Join {
  return { join: parts };
}

export function isRef(value: unknown): value is Ref {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Ref).ref === "string" &&
    typeof (value as Ref).attr === "string" &&
    Object.keys(value).length === 2
  );
}

export function isJoin(value: unknown): value is Join {
  return typeof value === "object" && value !== null && Array.isArray((value as Join).join);
}

export function isPseudo(value: unknown): value is Pseudo {
  return (
    typeof value === "object" && value !== null && typeof (value as Pseudo).pseudo === "string"
  );
}

/** An IAM policy statement; resources and conditions may reference nodes. */
export interface PolicyStatement {
  readonly sid: string;
  readonly effect: "Allow" | "Deny";
  readonly actions: readonly string[];
  readonly resources: readonly (string | Ref | Join)[];
  /** Service or AWS principals, for resource policies (buckets, keys). */
  readonly principals?: {
    readonly service?: readonly string[];
    readonly aws?: readonly (string | Ref | Join)[];
  };
  /** Condition operator → key → values, as in IAM JSON. */
  readonly conditions?: Readonly<
    Record<string, Readonly<Record<string, readonly (string | Ref | Join)[]>>>
  >;
}
