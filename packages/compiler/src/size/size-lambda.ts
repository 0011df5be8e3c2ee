import { THROUGHPUT } from "@idio-iac/core";
import type { ResolvedTier } from "../context/resolve-tiers.js";

export interface LambdaSizing {
  readonly memoryMb: number;
  readonly timeoutSeconds: number;
  /**
   * scaling.max, applied where it takes nothing from the account's pool: as
   * an SQS event source's maximum concurrency (2-1000). Never as reserved
   * concurrency, which AWS rejects when it would leave fewer than 100
   * unreserved executions, i.e. on any new account with a quota of 10
   * (https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html,
   * https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html).
   */
  readonly maxConcurrency: number | undefined;
  readonly peakConcurrency: number | undefined;
  readonly calculation: readonly string[];
  readonly pointers: readonly string[];
}

/** Memory buys CPU on Lambda (1,769 MB = 1 vCPU); HTTP handlers get 1 GB, event handlers 512 MB. */
const DEFAULT_MEMORY = { web: 1024, api: 1024, worker: 1024, function: 512 } as const;
/** API Gateway integrations time out at 30 s; queue consumers may run longer. */
const DEFAULT_TIMEOUT = { web: 10, api: 10, worker: 300, function: 60 } as const;

export function sizeLambda(t: ResolvedTier): LambdaSizing {
  const type = t.type as keyof typeof DEFAULT_MEMORY;
  const memoryMb = t.tier.memoryMb ?? DEFAULT_MEMORY[type] ?? 512;
  const timeoutSeconds = DEFAULT_TIMEOUT[type] ?? 60;
  const rps = t.tier.expectedRps;
  const calculation = [
    t.tier.memoryMb !== undefined
      ? `memory ${memoryMb} MB from the intent`
      : `${t.type} default memory ${memoryMb} MB (1,769 MB = 1 vCPU)`,
    `timeout ${timeoutSeconds} s for a ${t.type} handler`,
  ];
  const pointers = [`${t.pointer}/type`];
  let peakConcurrency: number | undefined;
  if (rps !== undefined) {
    peakConcurrency = Math.max(1, Math.ceil(rps * THROUGHPUT.lambdaDurationSeconds));
    calculation.push(
      `peak concurrency = ${rps} req/s x ${THROUGHPUT.lambdaDurationSeconds} s average duration = ${peakConcurrency}`,
    );
    pointers.push(`${t.pointer}/expectedRps`);
  }
  const max = t.tier.scaling?.max;
  const maxConcurrency = max === undefined ? undefined : Math.min(1000, Math.max(2, max));
  if (maxConcurrency !== undefined) {
    calculation.push(
      `concurrency cap = scaling.max ${max}${maxConcurrency !== max ? ` -> ${maxConcurrency} (SQS event sources take 2-1000)` : ""}, on its queue event sources; no reserved concurrency (it is taken from the account's pool, and AWS keeps 100 unreserved)`,
    );
    pointers.push(`${t.pointer}/scaling/max`);
  }
  if (t.tier.memoryMb !== undefined) pointers.push(`${t.pointer}/memoryMb`);
  return { memoryMb, timeoutSeconds, maxConcurrency, peakConcurrency, calculation, pointers };
}
