import {
  Type,
  type Static,
  type TArray,
  type TObject,
  type TOptional,
  type TProperties,
  type TRecord,
  type TSchema,
} from "@sinclair/typebox";

/**
 * The schema is the one source of truth for both the JSON Schema and the
 * TypeScript types. A property written with `Defaulted` is optional in the
 * document a user writes, and always present once the validator has applied
 * defaults; `Resolved<T>` is the type of that resolved document.
 */
declare const defaultedMark: unique symbol;
export type TDefaulted<T extends TSchema> = TOptional<T> & { readonly [defaultedMark]: true };

export function Defaulted<T extends TSchema>(schema: T, value: Static<T>): TDefaulted<T> {
  return Type.Optional(Object.assign(schema, { default: value })) as TDefaulted<T>;
}

/**
 * A property whose default depends on other fields (a tier's name defaults to
 * its type, numbered when the type repeats), so JSON Schema cannot state it:
 * optional in the written document, always present once resolved. The
 * resolver (validate/) fills it; `description` must say how.
 */
export function Derived<T extends TSchema>(schema: T): TDefaulted<T> {
  return Type.Optional(schema) as TDefaulted<T>;
}

/**
 * A value written in more than one way (booleans kept as aliases of levels)
 * and resolved to one: `Resolved<T>` is the resolved form `R`.
 */
declare const resolvesToMark: unique symbol;
export type TResolvesTo<T extends TSchema, R> = T & { readonly [resolvesToMark]: R };

export function ResolvesTo<R>() {
  return <T extends TSchema>(schema: T): TResolvesTo<T, R> => schema as TResolvesTo<T, R>;
}

type Evaluate<T> = { [K in keyof T]: T[K] } & {};

type RequiredKeys<P extends TProperties> = {
  [K in keyof P]: P[K] extends TOptional<TSchema>
    ? P[K] extends { readonly [defaultedMark]: true }
      ? K
      : never
    : K;
}[keyof P];

type OptionalKeys<P extends TProperties> = Exclude<keyof P, RequiredKeys<P>>;

type ResolvedObject<P extends TProperties> = Evaluate<
  { -readonly [K in RequiredKeys<P>]-?: Resolved<P[K]> } & {
    -readonly [K in OptionalKeys<P>]?: Resolved<P[K]>;
  }
>;

export type Resolved<T extends TSchema> = T extends { readonly [resolvesToMark]: infer R }
  ? R
  : T extends TObject<infer P>
    ? ResolvedObject<P>
    : T extends TArray<infer I>
      ? Resolved<I>[]
      : T extends TRecord<TSchema, infer V>
        ? Record<string, Resolved<V>>
        : Static<T>;
