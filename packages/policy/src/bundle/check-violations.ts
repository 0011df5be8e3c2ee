import { PolicyDiagnostic } from "../diagnostic-codes.js";
import { PolicyBundleError } from "./policy-bundle-error.js";

/**
 * A user bundle's answer must have the shape of the entrypoint contract
 * (RawViolation[]) before anything reads it; otherwise a wrong type would
 * surface as an internal error deep inside policy or auto-fix.
 */
export function checkViolations(value: unknown, bundle: string): void {
  const wrong = (what: string) =>
    new PolicyBundleError(
      bundle,
      `idio/findings answered in the wrong shape: ${what}`,
      PolicyDiagnostic.BundleEvaluationFailed,
      "Each violation is {rule, message, resource?, fix?: [{op, path, value?}], fix_resource?, add_nodes?, intent?}; build with IDIO's idio.rego.",
    );
  if (!Array.isArray(value)) throw wrong("not a list");
  value.forEach((violation: unknown, index) => {
    const at = `violation ${index}`;
    if (!isObject(violation)) throw wrong(`${at} is not an object`);
    if (typeof violation.rule !== "string") throw wrong(`${at} has no string rule`);
    if (typeof violation.message !== "string") throw wrong(`${at} has no string message`);
    for (const key of ["resource", "fix_resource", "intent"]) {
      if (violation[key] !== undefined && typeof violation[key] !== "string") {
        throw wrong(`${at}: ${key} is not a string`);
      }
    }
    const fix = violation.fix ?? [];
    if (!Array.isArray(fix)) throw wrong(`${at}: fix is not a list`);
    for (const operation of fix as unknown[]) {
      if (
        !isObject(operation) ||
        !["add", "remove", "replace"].includes(operation.op as string) ||
        typeof operation.path !== "string"
      ) {
        throw wrong(`${at}: a fix operation is not {op: add|remove|replace, path, value?}`);
      }
    }
    const added = violation.add_nodes ?? [];
    if (
      !Array.isArray(added) ||
      !added.every((node) => isObject(node) && typeof node.id === "string")
    ) {
      throw wrong(`${at}: add_nodes is not a list of nodes with string ids`);
    }
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
