/**
 * Where a template uses a deferred parameter (see `deployOrder`) outside an
 * `Fn::If` on its `Has<Parameter>` condition: each such use would send an
 * empty string to AWS on the stack's first deploy. Returns `path: parameter`
 * for each; empty when every use is guarded.
 */
export function unguardedDeferredUses(
  template: Record<string, unknown>,
  deferred: ReadonlySet<string>,
): string[] {
  // Most stacks defer nothing: no need to walk them.
  if (deferred.size === 0) return [];
  const conditions = (template.Conditions ?? {}) as Record<string, unknown>;
  /** The deferred parameters a condition proves non-empty. */
  const proves = (condition: string): string[] => {
    const definition = conditions[condition] as { "Fn::And"?: { Condition: string }[] } | undefined;
    if (definition?.["Fn::And"]) return definition["Fn::And"].flatMap((c) => proves(c.Condition));
    return condition.startsWith("Has") ? [condition.slice(3)] : [];
  };
  const found: string[] = [];
  const walk = (value: unknown, path: string, known: ReadonlySet<string>): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}/${index}`, known));
      return;
    }
    if (typeof value === "string") {
      // Fn::Sub strings name parameters as ${Name}.
      for (const match of value.matchAll(/\$\{([A-Za-z0-9]+)\}/g))
        if (deferred.has(match[1]!) && !known.has(match[1]!)) found.push(`${path}: ${match[1]}`);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const record = value as Record<string, unknown>;
    if (typeof record.Ref === "string" && deferred.has(record.Ref) && !known.has(record.Ref))
      found.push(`${path}: ${record.Ref}`);
    const conditional = record["Fn::If"];
    if (Array.isArray(conditional) && typeof conditional[0] === "string") {
      walk(conditional[1], `${path}/Fn::If/1`, new Set([...known, ...proves(conditional[0])]));
      walk(conditional[2], `${path}/Fn::If/2`, known);
      return;
    }
    for (const [key, item] of Object.entries(record)) walk(item, `${path}/${key}`, known);
  };
  for (const section of ["Resources", "Outputs"] as const)
    walk(template[section], section, new Set());
  return found;
}
