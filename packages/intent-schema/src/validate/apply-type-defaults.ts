import { ENGINES_BY_TIER_TYPE, TIER_TYPES, type TierType } from "../schema/enums.js";
import { regionInfo } from "../schema/regions.js";
import { asRecord, looseTiers, stringList, type LooseRecord } from "./loose.js";

export const DEFAULT_PORT = 8080;
export const DEFAULT_HEALTH_CHECK_PATH = "/health";
export const DEFAULT_LAMBDA_RUNTIME = "nodejs22.x";

/**
 * Defaults that depend on other fields, which JSON Schema cannot express:
 * applied after the schema's own defaults, so the resolved intent shows every
 * choice (`idio validate --resolved`). Only fills what is absent.
 */
export function applyTypeDefaults(document: LooseRecord): void {
  const tiers = looseTiers(document);
  // A static site's connectsTo is ignored (IDIO414: the browser calls the API, not the bucket),
  // so it does not make the API it names private.
  const connectedTo = new Set(
    tiers
      .filter(({ type }) => type !== "static-site")
      .flatMap(({ tier }) => stringList(tier.connectsTo)),
  );
  for (const { tier, type, name } of tiers) {
    if (!isTierType(type)) continue;
    const engines: readonly string[] = ENGINES_BY_TIER_TYPE[type];
    if (tier.engine === undefined && engines.length > 0) tier.engine = engines[0];
    if (tier.public === undefined) tier.public = defaultPublic(type, name, connectedTo);
    const onLambda = type === "function" || tier.compute === "lambda";
    if ((type === "web" || type === "api") && !onLambda) {
      tier.port ??= DEFAULT_PORT;
      tier.healthCheckPath ??= DEFAULT_HEALTH_CHECK_PATH;
    }
    if (onLambda) tier.runtime ??= DEFAULT_LAMBDA_RUNTIME;
  }

  const recovery = asRecord(document.disasterRecovery);
  // With serving regions the other regions are the recovery (IDIO321): no default drRegion.
  const servesSeveral = Array.isArray(document.regions) && document.regions.length > 0;
  const needsDrRegion =
    !servesSeveral &&
    (recovery?.crossRegionReplication === true || document.availability === "99.999");
  if (recovery !== undefined && recovery.drRegion === undefined && needsDrRegion) {
    const partner =
      typeof document.region === "string" ? regionInfo(document.region)?.drPartner : undefined;
    if (partner !== undefined) recovery.drRegion = partner;
  }
}

/** web and static-site face the internet; an api does unless another tier calls it. */
function defaultPublic(
  type: TierType,
  name: string | undefined,
  connectedTo: ReadonlySet<string>,
): boolean {
  if (type === "web" || type === "static-site") return true;
  if (type === "api") return name === undefined || !connectedTo.has(name);
  return false;
}

function isTierType(type: string | undefined): type is TierType {
  return (TIER_TYPES as readonly string[]).includes(type ?? "");
}
