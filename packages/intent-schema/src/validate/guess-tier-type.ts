import { TIER_TYPES, type TierType } from "../schema/enums.js";

/** Words in tier names that say what the tier is ("orders-db", "assets-bucket"). */
const WORDS: Readonly<Record<string, TierType>> = {
  db: "database",
  rds: "database",
  postgres: "database",
  mysql: "database",
  sql: "database",
  dynamo: "nosql",
  dynamodb: "nosql",
  table: "nosql",
  redis: "cache",
  valkey: "cache",
  bucket: "storage",
  s3: "storage",
  files: "storage",
  uploads: "storage",
  sqs: "queue",
  jobs: "queue",
  kinesis: "stream",
  events: "stream",
  lambda: "function",
  fn: "function",
  site: "static-site",
  frontend: "web",
  ui: "web",
  backend: "api",
  service: "api",
  workers: "worker",
};

/**
 * The tier type a tier's name suggests, for the hint when `type` is missing:
 * "orders-db" → database. Undefined when no part of the name says.
 */
export function guessTierType(name: unknown): TierType | undefined {
  if (typeof name !== "string") return undefined;
  if ((TIER_TYPES as readonly string[]).includes(name)) return name as TierType;
  for (const word of name.split("-").reverse()) {
    if ((TIER_TYPES as readonly string[]).includes(word)) return word as TierType;
    const type = WORDS[word];
    if (type !== undefined) return type;
  }
  return undefined;
}
