/**
 * Who connects to a database tier, and as what. The master user is for
 * administrators; each application tier connects as its own user with IAM
 * database authentication (see build-permissions.ts and docs/compiler.md).
 */

/** The database every primary is created with (replicas and secondaries inherit it). */
export const DATABASE_NAME = "app";

/** The administrator: its password lives in Secrets Manager, never in an application. */
export const MASTER_USERNAME = "app_admin";

/**
 * The IAM-authenticated user of calling tier `tierName`: `app_<tier>` with
 * underscores (valid in PostgreSQL and MySQL without quoting; at most 28 of
 * MySQL's 32 characters, tier names being 24 at most).
 */
export function databaseUserOf(tierName: string): string {
  return `app_${tierName.replace(/-/g, "_")}`;
}
