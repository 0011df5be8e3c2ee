/**
 * AWS resource names: `<app>-<env>-<part>`, shortened deterministically
 * (a stable hash suffix) when a service limits the length, e.g. 32
 * characters for load balancers and target groups.
 */
const ENV_SHORT = { production: "prod", staging: "stg", development: "dev" } as const;

export function awsName(
  app: string,
  environment: keyof typeof ENV_SHORT,
  parts: readonly string[],
  maxLength = 64,
): string {
  const full = [app, ENV_SHORT[environment], ...parts].join("-");
  if (full.length <= maxLength) return full;
  const hash = fnv1a(full).toString(16).padStart(8, "0").slice(0, 6);
  return `${full.slice(0, maxLength - 7).replace(/-+$/, "")}-${hash}`;
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
