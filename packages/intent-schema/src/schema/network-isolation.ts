/**
 * `security.networkIsolation`: how far the network keeps data away from the
 * internet. Levels, weakest first:
 *
 * - `none`: data tiers (databases, caches) sit in private subnets whose route
 *   table sends internet-bound traffic through the NAT gateways. Still no
 *   public IP and no inbound path from the internet.
 * - `vpc`: data tiers sit in isolated subnets whose route table has no route
 *   to the internet at all (no NAT, no internet gateway); only the VPC itself
 *   and the S3 (and DynamoDB) gateway endpoints are reachable. The default.
 * - `vpc-isolated`: today exactly what `vpc` builds, named so an intent can ask
 *   for the strongest isolation IDIO offers and keep getting it as that grows
 *   (interface endpoints, compute without NAT: see this package's README).
 *
 * `true` and `false`, the original booleans, stay as aliases: `true` is `vpc`,
 * `false` is `none`, so every existing intent builds exactly as before.
 */
export const NETWORK_ISOLATION_LEVELS = ["none", "vpc", "vpc-isolated"] as const;
export type NetworkIsolationLevel = (typeof NETWORK_ISOLATION_LEVELS)[number];
export type NetworkIsolationInput = NetworkIsolationLevel | boolean;

export const DEFAULT_NETWORK_ISOLATION: NetworkIsolationLevel = "vpc";

/** The level a written value means; undefined for a value that is not one. */
export function networkIsolationLevel(value: unknown): NetworkIsolationLevel | undefined {
  if (value === true) return "vpc";
  if (value === false) return "none";
  return (NETWORK_ISOLATION_LEVELS as readonly unknown[]).includes(value)
    ? (value as NetworkIsolationLevel)
    : undefined;
}

/** Whether data tiers get subnets with no route to the internet (every level but `none`). */
export function isolatesData(level: NetworkIsolationLevel | boolean): boolean {
  return networkIsolationLevel(level) !== "none";
}
