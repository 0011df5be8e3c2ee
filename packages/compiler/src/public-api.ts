// The package's exported functions, each behind its argument check (see
// @idio-iac/graph guard-export.ts). index.ts re-exports these names; code inside
// the package calls the originals.
import {
  expectBoolean,
  expectGraph,
  expectInteger,
  expectOptions,
  expectProperties,
  expectString,
  graphFirst,
  guardExport,
  IdioArgumentError,
} from "@idio-iac/graph";
import { intentFirst } from "@idio-iac/intent-schema";
import { compile as compileImpl } from "./compile.js";
import {
  decideAvailability as decideAvailabilityImpl,
  zoneNames as zoneNamesImpl,
} from "./decide/decide-availability.js";
import { decidePosture as decidePostureImpl } from "./decide/decide-posture.js";
import { decideRecovery as decideRecoveryImpl } from "./decide/decide-recovery.js";
import { orderGraph as orderGraphImpl } from "./order-graph.js";
import { publicHostname as publicHostnameImpl } from "./context/public-hostname.js";
import { selectCompute as selectComputeImpl } from "./decide/select-compute.js";

const optionalNumber = (argument: string, value: unknown) => {
  if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) {
    throw new IdioArgumentError(argument, "must be a finite number or undefined");
  }
};

export const compile = guardExport(
  "compile",
  ["intent", "options"],
  compileImpl,
  (intent, options) => {
    intentFirst.check(intent);
    expectOptions("options", options);
  },
  intentFirst.diagnose,
);
export const orderGraph = guardExport(
  "orderGraph",
  ["graph", "fileName"],
  orderGraphImpl,
  (graph, fileName) => {
    expectGraph("graph", graph);
    if (fileName !== undefined) expectString("fileName", fileName);
  },
  graphFirst.diagnose,
);
export const selectCompute = guardExport("selectCompute", ["input"], selectComputeImpl, (input) =>
  expectProperties(
    "input",
    input,
    {
      type: expectString,
      compute: expectString,
      trafficPattern: expectString,
      expectedRps: optionalNumber,
      scalingMin: optionalNumber,
      isPublic: expectBoolean,
      wafRequired: expectBoolean,
      hasEventSource: expectBoolean,
      memoryMb: optionalNumber,
      cpu: optionalNumber,
    },
    ["expectedRps", "scalingMin", "memoryMb", "cpu"],
  ),
);
export const decideAvailability = guardExport(
  "decideAvailability",
  ["intent"],
  decideAvailabilityImpl,
  intentFirst.check,
  intentFirst.diagnose,
);
export const zoneNames = guardExport(
  "zoneNames",
  ["region", "count"],
  zoneNamesImpl,
  (region, count) => {
    expectString("region", region);
    expectInteger("count", count, 0, 26);
  },
);
export const decideRecovery = guardExport(
  "decideRecovery",
  ["intent"],
  decideRecoveryImpl,
  intentFirst.check,
  intentFirst.diagnose,
);
export const decidePosture = guardExport(
  "decidePosture",
  ["intent"],
  decidePostureImpl,
  intentFirst.check,
  intentFirst.diagnose,
);
export const publicHostname = guardExport(
  "publicHostname",
  ["intent", "tierName"],
  publicHostnameImpl,
  (intent, tierName) => {
    intentFirst.check(intent);
    expectString("tierName", tierName);
  },
  intentFirst.diagnose,
);
