/**
 * Rebuilds a value with object keys in the schema's property order (unknown
 * keys, such as tag names, keep the user's order), so the resolved intent
 * reads the same and serialises to the same bytes however the user ordered
 * the fields.
 */
interface SchemaShape {
  readonly properties?: Readonly<Record<string, SchemaShape>>;
  readonly items?: SchemaShape;
  readonly patternProperties?: Readonly<Record<string, SchemaShape>>;
}

export function orderLikeSchema(value: unknown, schema: SchemaShape | undefined): unknown {
  if (Array.isArray(value)) return value.map((item) => orderLikeSchema(item, schema?.items));
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  const properties = schema?.properties ?? {};
  for (const key of Object.keys(properties)) {
    if (record[key] !== undefined) ordered[key] = orderLikeSchema(record[key], properties[key]);
  }
  const rest = schema?.patternProperties ? Object.values(schema.patternProperties)[0] : undefined;
  for (const [key, child] of Object.entries(record)) {
    if (!(key in properties)) ordered[key] = orderLikeSchema(child, rest);
  }
  return ordered;
}
