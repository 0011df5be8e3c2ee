/** The port each database and cache engine IDIO provisions listens on by default. */
export const ENGINE_PORTS: Readonly<Record<string, number>> = {
  postgres: 5432,
  "aurora-postgresql": 5432,
  mysql: 3306,
  "aurora-mysql": 3306,
  redis: 6379,
  valkey: 6379,
};

/** The default port of `engine`, or undefined for an engine IDIO does not know. */
export function enginePort(engine: string): number | undefined {
  return ENGINE_PORTS[engine];
}
