/**
 * CloudFormation's per-stack quotas the emitter plans around.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
 */
export const CLOUDFORMATION_LIMITS = {
  /** Resources declared in one template. */
  resources: 500,
  /** Parameters and outputs declared in one template. */
  parameters: 200,
  outputs: 200,
  /** A template body passed inline (`--template-body`, or `deploy` without `--s3-bucket`). */
  inlineBytes: 51_200,
  /** A template body read from S3 (`TemplateURL`): 1 MB. */
  s3Bytes: 1_000_000,
} as const;

export type CloudFormationLimits = { readonly [K in keyof typeof CLOUDFORMATION_LIMITS]: number };

/** A template's size as the larger of its two emitted forms (JSON, indented, is larger than YAML). */
export function templateBytes(template: Record<string, unknown>): number {
  return Buffer.byteLength(`${JSON.stringify(template, null, 2)}\n`);
}

/** `{\n  "Resources": {\n` and `\n  }\n}\n` around the resources of `templateBytes({ Resources })`. */
const RESOURCES_FRAME_BYTES = 19 + 6;

/**
 * Each resource's bytes in `templateBytes({ Resources: {...} })`: its line
 * `    "<id>": <JSON indented to depth 2>,\n`. Serialised once, so the sizes of
 * many subsets (`resourcesBytes`) cost a sum each, not a serialisation each.
 */
export function resourceSizes(resources: Record<string, unknown>): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const [id, resource] of Object.entries(resources)) {
    const text = JSON.stringify(resource, null, 2);
    let newlines = 0;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) newlines++;
    // 4 spaces of indent, `": "`-style separator (2), `,\n` (2); every inner line is 4 deeper.
    sizes.set(
      id,
      4 + Buffer.byteLength(JSON.stringify(id)) + 2 + Buffer.byteLength(text) + 4 * newlines + 2,
    );
  }
  return sizes;
}

/** `templateBytes({ Resources })` for these resources (in any order), from `resourceSizes`. */
export function resourcesBytes(ids: readonly string[], sizes: ReadonlyMap<string, number>): number {
  if (ids.length === 0) return Buffer.byteLength(`${JSON.stringify({ Resources: {} }, null, 2)}\n`);
  let total = RESOURCES_FRAME_BYTES - 1; // the last resource has no comma
  for (const id of ids) total += sizes.get(id)!;
  return total;
}
