import { IdioArgumentError } from "@idio-iac/graph";
import { diagnostic, type Diagnostic } from "@idio-iac/core";
import { PolicyDiagnostic } from "../diagnostic-codes.js";

type PolicyCode = (typeof PolicyDiagnostic)[keyof typeof PolicyDiagnostic];

/**
 * A user bundle that cannot be used: unreadable, hostile, too slow or not a policy.
 * Carries a diagnostic code (IDIO510–IDIO520), the bundle's file name and a hint,
 * so every caller reports it the same way (exit 2 from the CLI). It is an
 * IdioArgumentError (about the `bytes` argument's contents), so library users
 * catch one documented error type.
 */
export class PolicyBundleError extends IdioArgumentError {
  override readonly name: string = "PolicyBundleError";

  constructor(
    /** The bundle's file name as the user gave it (`builtin` for the built-in rules). */
    readonly bundle: string,
    /** What is wrong, without the file name (`not a WebAssembly policy (…)`). */
    readonly reason: string,
    override readonly code: PolicyCode = PolicyDiagnostic.BundleNotPolicy,
    readonly hint: string = "Rebuild the bundle with opa build -t wasm -e idio/findings -e idio/rule_metadata.",
  ) {
    super("bytes", reason);
    this.message = `${bundle}: ${reason}`;
  }

  /** The error as a diagnostic located at the bundle file (line 0: the whole file). */
  toDiagnostic(): Diagnostic {
    return diagnostic(this.code, {
      message: `policy bundle: ${this.reason}`,
      file: this.bundle,
      hint: this.hint,
    });
  }
}
