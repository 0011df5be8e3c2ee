/** One file an emitter produces, with a path relative to the output directory. */
export interface EmittedFile {
  readonly path: string;
  /** Text, or base64 when `encoding` says so (the placeholder Lambda package). */
  readonly contents: string;
  readonly encoding?: "base64";
}
