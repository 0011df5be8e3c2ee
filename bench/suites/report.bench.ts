import { parseIntent, renderDiagnostics } from "@idio-iac/intent-schema";
import type { Bench } from "tinybench";

/** Slow tasks (hundreds of milliseconds each): fewer samples suffice. */
export const minIterations = 3;

/** A tier written as one flow mapping with 20,000 unknown keys: 20,000 errors on one line (~210 KB). */
const keys = Array.from({ length: 20_000 }, (_, i) => `k${i}: 1`).join(", ");
const TEXT = `apiVersion: idio.dev/v1\nname: shop\nenvironment: production\ntiers: [{ name: web, type: web, ${keys} }]\n`;

/** Validating and reporting the worst case issue 9 bounds: the report stays under 1 MB. */
export default function reportSuite(bench: Bench): void {
  const sources = new Map([["intent.yaml", TEXT]]);
  const { diagnostics } = parseIntent(TEXT, "intent.yaml");
  for (const format of ["text", "json"] as const) {
    const size = renderDiagnostics(diagnostics, { format, sources }).length;
    if (size >= 1_000_000) throw new Error(`the ${format} report is ${size} bytes`);
  }
  bench.add("validate + text report, 20,000 errors on one line", () => {
    const result = parseIntent(TEXT, "intent.yaml");
    renderDiagnostics(result.diagnostics, { format: "text", sources });
  });
  bench.add("text report only, 20,000 errors on one line", () => {
    renderDiagnostics(diagnostics, { format: "text", sources });
  });
  bench.add("JSON report only, 20,000 errors on one line", () => {
    renderDiagnostics(diagnostics, { format: "json" });
  });
}
