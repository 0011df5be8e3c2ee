import type { RecordRoutingPolicy } from "@idio-iac/graph";
import { type CompileContext, sitesOf } from "../../context/context.js";
import type { Site } from "../../ids.js";

/**
 * How Route 53 spreads a public name over the sites that serve it, when more
 * than one does: one record per site (per place, for geolocation), each with
 * a set identifier and a health check on that site's own endpoint.
 */
export interface DnsRouting {
  readonly policy: RecordRoutingPolicy["type"];
  readonly sites: readonly SiteRoute[];
  /** Intent fields behind the choice, for reasons. */
  readonly pointers: readonly string[];
  /** Why this policy, in a few words, for reasons. */
  readonly why: string;
}

export interface SiteRoute {
  readonly site: Site;
  /** The site's AWS region code. */
  readonly region: string;
  /** `primary`, `dr` or the region code: the site's own host name is `<tier>-<label>.<domain>`. */
  readonly label: string;
  /** One record per entry, in order: its set identifier and policy. */
  readonly records: readonly SiteRecord[];
  /** Whether the site serves traffic as planned (an alarm on its health check pages someone). */
  readonly serving: boolean;
}

export interface SiteRecord {
  readonly setIdentifier: string;
  readonly policy: RecordRoutingPolicy;
  /** What tells this record's node id from the site's first (`us-ca` in `<tier>.dns.a.us-ca`). */
  readonly idSuffix?: string;
}

/** The intent's `routing` (multi-region intents); read loosely here, validated by the schema. */
export interface RoutingIntent {
  readonly policy?: string;
  readonly locations?: Readonly<Record<string, readonly string[]>>;
  readonly weights?: Readonly<Record<string, number>>;
}

/** The AWS region code a site stands for. */
export function regionOfSite(context: CompileContext, site: Site): string {
  if (site === "primary") return context.intent.region;
  if (site === "dr") return context.drRegion ?? context.intent.region;
  return site;
}

/**
 * The routing of public names, or undefined when one site serves them (a
 * plain alias record then). Extra serving regions follow `routing.policy`
 * (latency by default); a recovery region running the tiers (pilot light,
 * warm standby) is a failover SECONDARY to the primary.
 */
export function dnsRoutingOf(context: CompileContext): DnsRouting | undefined {
  const sites = sitesOf(context);
  if (sites.length < 2) return undefined;
  const intent = context.intent as { readonly routing?: RoutingIntent };
  const hasRegions = sites.some((site) => site !== "primary" && site !== "dr");
  const routing = hasRegions ? intent.routing : undefined;
  const policy = hasRegions ? ((routing?.policy ?? "latency") as DnsRouting["policy"]) : "failover";
  const pilotLight = context.recovery.builds === "pilot-light";
  const routes = sites.map((site, index): SiteRoute => {
    const region = regionOfSite(context, site);
    return {
      site,
      region,
      label: site,
      records: siteRecords(policy, region, index === 0, routing),
      serving: site !== "dr" || !pilotLight,
    };
  });
  return {
    policy,
    sites: routes,
    pointers: hasRegions
      ? ["/regions", ...(routing !== undefined ? ["/routing"] : [])]
      : [...context.drPointers, ...context.recovery.pointers],
    why: hasRegions
      ? `${policy} routing over ${routes.map((r) => r.region).join(", ")}`
      : `failover from ${routes[0]!.region} to the ${pilotLight ? "pilot light" : "warm standby"} in ${routes[1]!.region}`,
  };
}

/**
 * A site's records under `policy`: one, with the region as its set
 * identifier; for geolocation one per place the site serves (`<region>-EU`),
 * and the primary's default record (`<region>-default`).
 */
export function siteRecords(
  policy: DnsRouting["policy"],
  region: string,
  primary: boolean,
  routing: RoutingIntent | undefined,
): readonly SiteRecord[] {
  switch (policy) {
    case "failover":
      return [
        {
          setIdentifier: region,
          policy: { type: "failover", role: primary ? "PRIMARY" : "SECONDARY" },
        },
      ];
    case "latency":
      return [{ setIdentifier: region, policy: { type: "latency", region } }];
    case "weighted":
      return [
        {
          setIdentifier: region,
          policy: { type: "weighted", weight: routing?.weights?.[region] ?? 1 },
        },
      ];
    case "geolocation":
      return [
        // Route 53 answers a query from an unlisted place (or an address it
        // cannot place) only from the default record, `*`; without one it
        // answers no record at all:
        // https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/routing-policy-geo.html
        ...(primary
          ? [
              {
                setIdentifier: `${region}-default`,
                policy: { type: "geolocation", countryCode: "*" } as const,
                idSuffix: "default",
              },
            ]
          : []),
        ...(routing?.locations?.[region] ?? []).map((written) => {
          const place = written.replace(/^country:/, "");
          return {
            setIdentifier: `${region}-${place}`,
            policy: geolocationOf(written),
            idSuffix: place.toLowerCase(),
          };
        }),
      ];
  }
}

const CONTINENTS = new Set(["AF", "AN", "AS", "EU", "NA", "OC", "SA"]);

/** `EU` a continent, `DE` or `country:NA` a country, `US-CA` a US state (validated by the schema). */
function geolocationOf(written: string): RecordRoutingPolicy {
  const country = /^country:([A-Z]{2})$/.exec(written);
  if (country !== null) return { type: "geolocation", countryCode: country[1]! };
  if (CONTINENTS.has(written)) return { type: "geolocation", continentCode: written };
  const state = /^US-([A-Z]{2})$/.exec(written);
  if (state !== null) return { type: "geolocation", countryCode: "US", subdivisionCode: state[1]! };
  return { type: "geolocation", countryCode: written };
}
