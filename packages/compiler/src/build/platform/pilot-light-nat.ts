import { type CompileContext, siteRegion } from "../../context/context.js";
import { zonesOf } from "./build-network.js";

/**
 * A pilot light's DR region runs nothing until a failover, so nothing leaves it while idle: one
 * NAT gateway instead of one per AZ. A NAT gateway is zonal: after a failover the other AZs'
 * tasks reach the internet through its AZ, and an outage of that AZ cuts their egress until it
 * returns (the runbook says so). A warm standby serves at once and keeps one per AZ.
 * Returns the reason line, or undefined when the DR region keeps the availability decision.
 */
export function pilotLightNat(context: CompileContext): string | undefined {
  if (context.recovery.builds !== "pilot-light" || context.drRegion === undefined) return undefined;
  const zones = zonesOf(context, "dr");
  if (zones.length < 2) return undefined;
  return `pilot light: ${siteRegion(context, "dr")} runs nothing and sends nothing out until a failover -> 1 NAT gateway in ${zones[0]} instead of ${zones.length} (one per AZ) saves ${zones.length - 1} of ${zones.length} gateway-hours and public IPv4 addresses; a NAT gateway is zonal, so after a failover ${zones.length === 2 ? "the other AZ's" : "the other AZs'"} egress goes through ${zones[0]} and stops if that AZ fails (a warm standby keeps one per AZ)`;
}
