import type { CostReport } from "./cost-report.js";

/** Whether a file's text claims to be a saved cost report rather than an intent. */
export function looksLikeCostReport(text: string): boolean {
  return text.trimStart().startsWith("{") && /"(lineItems|monthlyUsd|pricesAsOf)"/.test(text);
}

const MAX_PROBLEMS = 10;

/**
 * Checks a saved `idio cost --format json` report before it is compared
 * against: what the comparison reads (currency, line items with resource,
 * service and whole micro-dollars) must be there. Never throws.
 */
export function parseCostReport(text: string): { report?: CostReport; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [`not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return { problems: ["not a JSON object"] };
  const report = value as Record<string, unknown>;
  const problems: string[] = [];
  if (report.currency !== "USD") problems.push('currency must be "USD"');
  if (!Array.isArray(report.lineItems)) problems.push("lineItems must be an array");
  else
    report.lineItems.forEach((item: unknown, index) => {
      if (problems.length >= MAX_PROBLEMS) return;
      const line = item as Record<string, unknown> | null;
      if (typeof line !== "object" || line === null || Array.isArray(line))
        problems.push(`lineItems[${index}] must be an object`);
      else if (typeof line.resource !== "string" || typeof line.service !== "string")
        problems.push(`lineItems[${index}]: resource and service must be strings`);
      else if (
        typeof line.monthlyMicros !== "number" ||
        !Number.isSafeInteger(line.monthlyMicros) ||
        line.monthlyMicros < 0
      )
        problems.push(
          `lineItems[${index}] (${line.resource}): monthlyMicros must be a whole number of micro-dollars, 0 or more`,
        );
    });
  if (problems.length > 0) return { problems };
  // The total must stay exact when summed.
  const total = (report.lineItems as { monthlyMicros: number }[]).reduce(
    (sum, item) => sum + item.monthlyMicros,
    0,
  );
  if (!Number.isSafeInteger(total)) return { problems: ["the line items' total is too large"] };
  return { report: value as CostReport, problems };
}
