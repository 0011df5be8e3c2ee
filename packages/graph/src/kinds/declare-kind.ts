/** What every kind declares besides its props: where it sits, what it exposes, what it is. */
export interface KindInfo<K extends string = string> {
  readonly kind: K;
  /** Where the kind sits in the architecture; diagrams group by it. */
  readonly group: "network" | "edge" | "compute" | "data" | "security" | "operations" | "recovery";
  /** Attributes other nodes may reference. */
  readonly attrs: readonly string[];
  readonly description: string;
}

/** Carries the props interface in the declaration's type; never set at run time. */
declare const propsType: unique symbol;

/** A kind's declaration: its metadata, and (in its type only) its props interface. */
export interface KindDeclaration<K extends string = string, P = unknown> extends KindInfo<K> {
  readonly [propsType]: P;
}

/** The props interface a declaration carries. */
export type PropsOf<D> = D extends KindDeclaration<string, infer P> ? P : never;

/**
 * Declares a kind: `declareKind<VpcProps>()({ kind: "aws.ec2.vpc", … })`. The
 * declaration binds the name to the props type, so the kind list in
 * `index.ts` is the one place from which `Kind`, `PropsByKind` and every
 * `{ [K in Kind]: … }` registry (emitters, prices) derive.
 */
export function declareKind<P>() {
  return <const K extends string>(info: KindInfo<K>): KindDeclaration<K, P> =>
    info as KindDeclaration<K, P>;
}
