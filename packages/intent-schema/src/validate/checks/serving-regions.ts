import { IntentCodes } from "../../diagnostics/codes.js";
import { didYouMean } from "../../diagnostics/did-you-mean.js";
import { geolocationKey, parseGeolocation } from "../../schema/geolocation.js";
import { asRecord, looseTiers, stringList, type LooseRecord } from "../loose.js";
import type { Report, SemanticCheck } from "./check.js";

/** An Aurora global database: a primary cluster and up to ten secondary regions. */
export const MAX_DATABASE_REGIONS = 10;

/**
 * `regions` and `routing`: the regions that serve traffic besides the
 * primary, and how Route 53 spreads users over them. The compiler builds
 * every tier in each of them (docs/compiler.md, Regions and routing).
 */
export const checkServingRegions: SemanticCheck = (document, report) => {
  const regions = stringList(document.regions);
  const routing = asRecord(document.routing);
  const primary = typeof document.region === "string" ? document.region : undefined;
  if (routing !== undefined && regions.length === 0) {
    report(
      IntentCodes.RoutingWithoutRegions,
      "/routing",
      "routing is set but the intent serves from one region: there is nothing to route between.",
      "Add `regions: [<region>, …]` (the other regions that serve traffic), or remove routing.",
      { atKey: true },
    );
    return;
  }
  if (regions.length === 0) return;
  checkRegionList(document, regions, primary, report);
  checkTierLimits(document, regions, report);
  if (routing !== undefined) checkRouting(routing, [primary ?? "", ...regions], report);
  checkDomain(document, routing, report);
};

function checkRegionList(
  document: LooseRecord,
  regions: readonly string[],
  primary: string | undefined,
  report: Report,
): void {
  const index = regions.indexOf(primary ?? "");
  if (index >= 0)
    report(
      IntentCodes.RegionsListPrimary,
      `/regions/${index}`,
      `regions lists ${primary}, the primary region: regions names the other regions that serve traffic.`,
      `Remove ${primary} from regions.`,
    );
  const drRegion = asRecord(document.disasterRecovery)?.drRegion;
  if (typeof drRegion === "string")
    report(
      IntentCodes.DrRegionWithRegions,
      "/disasterRecovery/drRegion",
      `drRegion ${drRegion} is set with regions: with several serving regions the others are the recovery (each runs every tier and holds the replicated data; backups are copied to ${regions[0]}).`,
      regions.includes(drRegion)
        ? "Remove drRegion."
        : `Remove drRegion, or add ${drRegion} to regions to serve from it too.`,
    );
}

function checkTierLimits(document: LooseRecord, regions: readonly string[], report: Report): void {
  for (const { index, type, name } of looseTiers(document)) {
    // No cache limit (IDIO322 is retired): active-active regions each run their own cache, and
    // failover routing's one standby (IDIO325) is within a Global Datastore's two secondaries.
    if (type === "database" && regions.length > MAX_DATABASE_REGIONS)
      report(
        IntentCodes.TooManyDatabaseRegions,
        `/tiers/${index}/type`,
        `Database ${name ?? index} would span ${regions.length + 1} regions: an Aurora global database has at most ${MAX_DATABASE_REGIONS} secondary regions.`,
        `List at most ${MAX_DATABASE_REGIONS} regions.`,
      );
  }
}

function checkRouting(routing: LooseRecord, served: readonly string[], report: Report): void {
  const policy = typeof routing.policy === "string" ? routing.policy : "latency";
  if (policy === "failover" && served.length > 2)
    report(
      IntentCodes.FailoverOneStandby,
      "/routing/policy",
      `Failover routing with ${served.length - 1} regions: a Route 53 failover pair has one primary and one secondary record.`,
      "List one standby region, or use latency, geolocation or weighted routing to serve from all of them.",
    );
  const weights = asRecord(routing.weights);
  const locations = asRecord(routing.locations);
  if (weights !== undefined) {
    checkKeys(weights, "weights", served, report);
    if (policy !== "weighted") ignored("weights", "weighted", policy, report);
    else
      for (const region of served.filter((r) => !(r in weights)))
        report(
          IntentCodes.RoutingUnknownRegion,
          "/routing/weights",
          `routing.weights has no weight for ${region}, which serves traffic: Route 53 needs one per record.`,
          `Add \`${region}: <0-255>\` (0 sends it nothing).`,
          { atKey: true },
        );
  }
  if (locations !== undefined) {
    checkKeys(locations, "locations", served, report);
    if (policy !== "geolocation") ignored("locations", "geolocation", policy, report);
    else checkLocations(locations, report);
  } else if (policy === "geolocation")
    report(
      IntentCodes.InvalidGeolocation,
      "/routing/policy",
      "Geolocation routing without routing.locations sends every user to the primary region.",
      "Add `locations: { <region>: [<continent, country or US-state codes>] }`.",
    );
}

function checkKeys(
  entries: LooseRecord,
  field: string,
  served: readonly string[],
  report: Report,
): void {
  for (const key of Object.keys(entries)) {
    if (served.includes(key)) continue;
    report(
      IntentCodes.RoutingUnknownRegion,
      `/routing/${field}/${key}`,
      `routing.${field} names ${key}, which does not serve traffic (the serving regions: ${served.join(", ")}).`,
      didYouMean(key, served) ?? `Add ${key} to regions, or use one of ${served.join(", ")}.`,
      { atKey: true },
    );
  }
}

function ignored(field: string, wanted: string, policy: string, report: Report): void {
  report(
    IntentCodes.RoutingFieldIgnored,
    `/routing/${field}`,
    `routing.${field} has no effect with policy ${policy}: only ${wanted} routing reads it.`,
    `Remove routing.${field}, or set policy: ${wanted}.`,
    { atKey: true },
  );
}

function checkLocations(locations: LooseRecord, report: Report): void {
  const seen = new Map<string, string>();
  for (const [region, codes] of Object.entries(locations)) {
    stringList(codes).forEach((code, index) => {
      const pointer = `/routing/locations/${region}/${index}`;
      const location = parseGeolocation(code);
      if (location === undefined) {
        report(
          IntentCodes.InvalidGeolocation,
          pointer,
          `${code} is not a location Route 53 routes on.`,
          "Use a continent code (AF AN AS EU NA OC SA), an ISO 3166-1 alpha-2 country code (DE, JP; country:NA for Namibia), or a US state (US-CA).",
        );
        return;
      }
      const key = geolocationKey(location);
      const first = seen.get(key);
      if (first === undefined) seen.set(key, region);
      else
        report(
          IntentCodes.InvalidGeolocation,
          pointer,
          `${code} is also listed for ${first}: Route 53 routes each location to one record.`,
          `Keep ${code} under one region.`,
        );
    });
  }
}

function checkDomain(
  document: LooseRecord,
  routing: LooseRecord | undefined,
  report: Report,
): void {
  if (typeof document.domain === "string") return;
  const publicTier = looseTiers(document).find(
    ({ type, tier }) => (type === "web" || type === "api") && tier.public === true,
  );
  if (routing === undefined && publicTier === undefined) return;
  report(
    IntentCodes.RoutingNeedsDomain,
    routing !== undefined ? "/routing" : "/regions",
    `Serving ${publicTier === undefined ? "" : `tier ${publicTier.name ?? publicTier.index} `}from several regions needs a domain: Route 53 routes between the regions with health-checked records in its zone.`,
    "Add `domain: <name>` (IDIO creates the zone, or set dns.zone).",
    { atKey: true },
  );
}
