import { Type, type SchemaOptions, type TUnsafe } from "@sinclair/typebox";

/**
 * A closed set of strings as a plain JSON Schema `enum` (rather than TypeBox's
 * anyOf of consts), so a wrong value yields one error that can suggest the
 * nearest allowed value.
 */
export function StringEnum<const T extends readonly string[]>(
  values: T,
  options: SchemaOptions = {},
): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ ...options, type: "string", enum: [...values] });
}
