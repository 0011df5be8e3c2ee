import { ENGINE_PORTS } from "@idio-iac/core";
import {
  ENGINES_BY_TIER_TYPE,
  type Intent,
  type Tier,
  type TierType,
} from "@idio-iac/intent-schema";
import { awsName } from "./aws-names.js";
import { tierPrefix } from "../ids.js";

/** A tier with every type-dependent default resolved and its place in the document. */
export interface ResolvedTier {
  readonly tier: Tier;
  readonly name: string;
  readonly type: TierType;
  readonly index: number;
  /** JSON pointer of the tier (`/tiers/2`). */
  readonly pointer: string;
  /** Prefix of the tier's node ids. */
  readonly prefix: string;
  readonly engine: string | undefined;
  readonly isPublic: boolean;
  /** Application port (compute tiers) or engine port (data tiers); 0 when not networked. */
  readonly port: number;
  readonly healthCheckPath: string;
  readonly runtime: string;
  /** `<app>-<env>-<tier>`. */
  readonly awsName: string;
  /** Tiers this tier connects to, and tiers that connect to it (names). */
  readonly connectsTo: readonly string[];
  readonly connectedFrom: readonly string[];
}

export const DEFAULT_APP_PORT = 8080;
export const DEFAULT_HEALTH_CHECK_PATH = "/health";
export const DEFAULT_RUNTIME = "nodejs22.x";

/**
 * The same defaults the validator applies, applied again here so that an
 * Intent built in code (without parseIntent) compiles identically.
 */
export function resolveTiers(intent: Intent): ResolvedTier[] {
  const callers = new Map<string, string[]>();
  const serverCallers = new Set<string>();
  for (const tier of intent.tiers) {
    // A static site's edge is ignored (IDIO414): it leaves the API it names public.
    if (tier.type !== "static-site")
      for (const target of tier.connectsTo) serverCallers.add(target);
    for (const target of tier.connectsTo) {
      callers.set(target, [...(callers.get(target) ?? []), tier.name]);
    }
  }
  return intent.tiers.map((tier, index) => {
    const connectedFrom = (callers.get(tier.name) ?? []).sort();
    const engine = tier.engine ?? ENGINES_BY_TIER_TYPE[tier.type][0];
    return {
      tier,
      name: tier.name,
      type: tier.type,
      index,
      pointer: `/tiers/${index}`,
      prefix: tierPrefix(tier.name),
      engine,
      isPublic: tier.public ?? defaultPublic(tier.type, serverCallers.has(tier.name)),
      port: engine !== undefined ? (ENGINE_PORTS[engine] ?? 0) : (tier.port ?? DEFAULT_APP_PORT),
      healthCheckPath: tier.healthCheckPath ?? DEFAULT_HEALTH_CHECK_PATH,
      runtime: tier.runtime ?? DEFAULT_RUNTIME,
      awsName: awsName(intent.name, intent.environment, [tier.name]),
      connectsTo: [...tier.connectsTo].sort(),
      connectedFrom,
    };
  });
}

function defaultPublic(type: TierType, hasCallers: boolean): boolean {
  if (type === "web" || type === "static-site") return true;
  if (type === "api") return !hasCallers;
  return false;
}
