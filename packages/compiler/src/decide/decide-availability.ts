import { usableZoneCount, zoneNames } from "@idio-iac/core";
import type { Intent } from "@idio-iac/intent-schema";

/**
 * What the availability target and environment mean for the architecture.
 * 99.9: two AZs; 99.95: two AZs and Multi-AZ data; 99.99: three AZs,
 * Multi-AZ everything and read replicas; 99.999: as 99.99 plus a warm
 * standby in the DR region. Production always gets Multi-AZ data and one
 * NAT gateway per AZ (a NAT gateway is zonal: losing its AZ cuts the
 * others off from the internet).
 */
export interface AvailabilityDecision {
  readonly zoneCount: number;
  /** Literal AZ names, e.g. `us-east-1a`: plans run offline, with no data source. */
  readonly zones: readonly string[];
  /** Zones wanted by the target, before the region's limit. */
  readonly zonesWanted: number;
  readonly natPerZone: boolean;
  readonly multiAzData: boolean;
  readonly readReplicas: boolean;
  readonly warmStandby: boolean;
  readonly production: boolean;
  readonly calculation: readonly string[];
}

export { zoneNames };

export function decideAvailability(intent: Intent): AvailabilityDecision {
  const target = Number(intent.availability);
  const production = intent.environment === "production";
  const zonesWanted = target >= 99.99 ? 3 : 2;
  const available = usableZoneCount(intent.region);
  const zoneCount = Math.min(zonesWanted, available);
  return {
    zoneCount,
    zones: zoneNames(intent.region, zoneCount),
    zonesWanted,
    natPerZone: production,
    multiAzData: production || target >= 99.95,
    readReplicas: target >= 99.99,
    warmStandby: target >= 99.999,
    production,
    calculation: [
      `availability ${intent.availability} -> ${zonesWanted} AZs wanted; ${intent.region} offers ${available} -> ${zoneCount} AZs`,
      `environment ${intent.environment} -> ${production ? "one NAT gateway per AZ" : "a single NAT gateway"}`,
    ],
  };
}
