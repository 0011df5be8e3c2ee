import { THROUGHPUT } from "@idio-iac/core";
import type { CompileContext } from "../context/context.js";
import type { ResolvedTier } from "../context/resolve-tiers.js";

const HEADROOM = 1.3;

export interface TableSizing {
  /** Provisioned only when the table and every caller see steady, known load. */
  readonly billingMode: "PROVISIONED" | "PAY_PER_REQUEST";
  readonly readCapacity: number | undefined;
  readonly writeCapacity: number | undefined;
  readonly calculation: string[];
}

/** Read and write capacity from the callers' requests (or the table's own), with headroom. */
export function sizeTable(context: CompileContext, t: ResolvedTier): TableSizing {
  const callers = t.connectedFrom.map((name) => context.tierByName.get(name)!);
  const rps = callers.reduce((sum, c) => sum + (c.tier.expectedRps ?? 0), 0) || t.tier.expectedRps;
  const steady =
    t.tier.trafficPattern === "steady" &&
    rps !== undefined &&
    rps > 0 &&
    callers.every((c) => c.tier.trafficPattern === "steady");
  if (!steady) {
    return {
      billingMode: "PAY_PER_REQUEST",
      readCapacity: undefined,
      writeCapacity: undefined,
      calculation: [
        `${rps === undefined ? "unknown load" : `${t.tier.trafficPattern} or caller-driven load`}: on-demand capacity follows traffic with no capacity planning`,
      ],
    };
  }
  const readCapacity = Math.ceil(rps * THROUGHPUT.dynamoReadShare * HEADROOM);
  const writeCapacity = Math.ceil(rps * (1 - THROUGHPUT.dynamoReadShare) * HEADROOM);
  return {
    billingMode: "PROVISIONED",
    readCapacity,
    writeCapacity,
    calculation: [
      `steady load ${rps} req/s: reads ${rps} x ${THROUGHPUT.dynamoReadShare} x ${HEADROOM} headroom = ${readCapacity} RCU; writes ${rps} x ${Math.round((1 - THROUGHPUT.dynamoReadShare) * 100) / 100} x ${HEADROOM} = ${writeCapacity} WCU`,
    ],
  };
}
