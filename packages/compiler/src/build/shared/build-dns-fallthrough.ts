import { ref, type RecordProps, type Ref } from "@idio-iac/graph";
import type { CompileContext } from "../../context/context.js";
import type { ResolvedTier } from "../../context/resolve-tiers.js";
import { siteId } from "../../ids.js";
import { because } from "../../reason.js";
import type { RoutedName, RoutedTarget } from "./build-dns-routing.js";
import type { DnsRouting, SiteRoute } from "./dns-routing.js";

type Alias = RecordProps["alias"];

/**
 * Where a site's geolocation records point when each routed record cannot
 * carry its own fallback. Route 53 answers a place whose record fails from a
 * less specific record, down to the default (`*`), but nothing stands behind
 * the default: while the primary failed, every user only the default serves
 * would get no answer
 * (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-how-route-53-chooses-records.html).
 * So the geolocation records (default included) are aliases, evaluating
 * target health, to a tree of records in the same zone, the way Route 53
 * builds complex configurations
 * (https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-complex-configs.html):
 *
 * - `<tier>-<site>-first.<domain>`: a failover pair, PRIMARY this site's entry
 *   point with its health check (its users stay home while it is healthy),
 *   SECONDARY an alias to
 * - `<tier>-any.<domain>`: one latency record per serving region, each with
 *   its health check, so a failed region's users go to the healthy region
 *   nearest them.
 *
 * Each site adds its own latency record and pair; its SECONDARY names its own
 * latency record (the name exists once any region's does, and the reference
 * orders the creation: Route 53 refuses an alias to a name not yet there).
 * Returns, per record type, the alias the site's geolocation records take.
 */
export function addFallThroughRecords(
  context: CompileContext,
  t: ResolvedTier,
  target: RoutedTarget,
  types: readonly ("A" | "AAAA")[],
  at: RoutedName,
  routing: DnsRouting,
  route: SiteRoute,
  healthCheck: string,
): ReadonlyMap<"A" | "AAAA", Alias> {
  const domain = context.intent.domain!;
  const tree: Tree = {
    anyName: `${t.name}-any.${domain}`,
    firstName: `${t.name}-${route.label}-first.${domain}`,
    entry: {
      name: target.name,
      zoneId: target.zoneId,
      evaluateTargetHealth: target.evaluateTargetHealth ?? true,
    },
    zoneId: at.zoneId,
    check: ref(healthCheck),
    region: route.region,
    site: `${t.name} in ${route.region}`,
    what: target.what,
    hostname: at.hostname,
  };
  const pointers = [t.pointer, ...at.pointers, ...routing.pointers];
  const aliases = new Map<"A" | "AAAA", Alias>();
  for (const type of types) {
    const add: AddRecord = ([name, ...more], props, why) =>
      context.nodes.add({
        id: siteId(
          route.site,
          [`${t.prefix}.dns.${name}.${type.toLowerCase()}`, ...more].join("."),
        ),
        kind: "aws.route53.record",
        tier: t.name,
        region: route.site,
        props: { zoneId: at.zoneId, type, ...props },
        reason: because(`${props.name} (${type === "A" ? "IPv4" : "IPv6"}) ${why}`, pointers),
      });
    const first = addTree(add, tree);
    aliases.set(type, { name: ref(first, "fqdn"), zoneId: at.zoneId, evaluateTargetHealth: true });
  }
  return aliases;
}

interface Tree {
  readonly anyName: string;
  readonly firstName: string;
  /** The site's entry point, as its routed records name it. */
  readonly entry: Alias;
  readonly zoneId: Alias["zoneId"];
  readonly check: Ref;
  readonly region: string;
  /** `<tier> in <region>`, for reasons. */
  readonly site: string;
  readonly what: string;
  readonly hostname: string;
}

/** Adds one record of the tree (id `<tier>.dns.<name>.<type>[.<more>]`) in the site; returns its id. */
type AddRecord = (
  id: readonly [name: string, ...more: string[]],
  props: Omit<RecordProps, "type" | "zoneId">,
  why: string,
) => string;

/** The site's latency record in `<tier>-any` and its failover pair; returns the pair's primary. */
function addTree(add: AddRecord, tree: Tree): string {
  const { anyName, firstName, entry, region, site } = tree;
  const any = add(
    ["any"],
    {
      name: anyName,
      alias: entry,
      routing: { setIdentifier: region, policy: { type: "latency", region } },
      healthCheckId: tree.check,
    },
    `answers with the ${tree.what} of ${site} when it is the healthy serving region with the lowest latency for the user: where ${tree.hostname} sends the users of a region that fails its health check`,
  );
  const first = add(
    ["first"],
    {
      name: firstName,
      alias: entry,
      routing: { setIdentifier: region, policy: { type: "failover", role: "PRIMARY" } },
      healthCheckId: tree.check,
    },
    `answers with the ${tree.what} of ${site} while its health check passes (failover primary): the users ${tree.hostname} sends to ${region} stay there while it is healthy`,
  );
  add(
    ["first", "any"],
    {
      name: firstName,
      alias: { name: ref(any, "fqdn"), zoneId: tree.zoneId, evaluateTargetHealth: true },
      routing: { setIdentifier: "any", policy: { type: "failover", role: "SECONDARY" } },
    },
    `answers from ${anyName} while ${site} fails its health check (failover secondary): its users go to the healthy region nearest them instead of getting no answer`,
  );
  return first;
}
