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
