import type { EmittedFile } from "@idio-iac/emitters";

/**
 * The same files, each text made one flat string in memory. V8 keeps a string built by many
 * concatenations as a rope, a tree of all its pieces: a 1,000-tier CloudFormation template's
 * YAML (14 MB) so holds about 60 MB more than its text, from its emission until the output is
 * written. Reading a character of a rope makes V8 flatten it in place; the value is unchanged.
 */
export function flattened(files: EmittedFile[]): EmittedFile[] {
  for (const file of files) if (file.contents.length > 0) file.contents.charCodeAt(0);
  return files;
}
