/** Workflow-command escaping: `%`, CR and LF in data; also `:` and `,` in properties. */
const data = (text: string) =>
  text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (text: string) => data(text).replace(/:/g, "%3A").replace(/,/g, "%2C");

export interface Annotation {
  readonly level: "error" | "warning" | "notice";
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly title: string;
  readonly message: string;
}

/** `::error file=…,line=…,col=…,title=…::message`: the runner shows it at that line of the diff. */
export function annotationCommand(a: Annotation): string {
  const location = a.line > 0 ? `,line=${a.line}${a.column > 0 ? `,col=${a.column}` : ""}` : "";
  return `::${a.level} file=${property(a.file)}${location},title=${property(a.title)}::${data(a.message)}`;
}
