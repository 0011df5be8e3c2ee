// @idio-iac/emitters/mermaid: the Mermaid renderer alone. It imports no cdktf,
// so a bundle that only draws diagrams (the GitHub Action) stays small.
import { graphFirst, guardExport } from "@idio-iac/graph";
import { emitMermaid as emitMermaidImpl } from "./emit-mermaid.js";

/** The graph as a Mermaid flowchart, behind its argument check like every export. */
export const emitMermaid = guardExport(
  "emitMermaid",
  ["graph"],
  emitMermaidImpl,
  graphFirst.check,
  graphFirst.diagnose,
);
