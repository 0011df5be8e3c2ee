import type { PricingClient } from "@aws-sdk/client-pricing";

export type { PricingClient };

/** How the Price List client talks to the API; every field has a default suited to a CI job. */
export interface PricingClientOptions {
  /** Milliseconds one request may take (connect, send, answer) before it is abandoned and retried. Default 30 000. */
  readonly requestTimeoutMs?: number;
  /** Attempts per request, the first included (throttling, 5xx and timeouts are retried). Default 4. */
  readonly maxAttempts?: number;
  /**
   * Base of the exponential backoff between attempts, in milliseconds (full jitter:
   * a random delay up to base × 2^retry, at most 20 s). Default: the SDK's standard
   * bases (50 ms, 1 s after throttling).
   */
  readonly retryBaseDelayMs?: number;
  /** Another endpoint than the API's (us-east-1); tests point it at a loopback server. */
  readonly endpoint?: string;
  /** Explicit credentials instead of the default chain (tests). */
  readonly credentials?: {
    readonly accessKeyId: string;
    readonly secretAccessKey: string;
    readonly sessionToken?: string;
  };
}

export const PRICING_CLIENT_DEFAULTS = {
  requestTimeoutMs: 30_000,
  maxAttempts: 4,
} as const;

const MAXIMUM_RETRY_DELAY_MS = 20_000;

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1)
    throw new RangeError(`${name} must be a whole number >= 1, got ${String(value)}`);
  return value;
}

/**
 * A Price List client for the default AWS credential chain (the API's endpoint
 * is in us-east-1), with a per-request timeout and the SDK's standard retry
 * strategy (throttling, 5xx and timeouts; exponential backoff with full jitter).
 */
export async function createPricingClient(
  options: PricingClientOptions = {},
): Promise<PricingClient> {
  const requestTimeout = positiveInteger(
    "requestTimeoutMs",
    options.requestTimeoutMs,
    PRICING_CLIENT_DEFAULTS.requestTimeoutMs,
  );
  const maxAttempts = positiveInteger(
    "maxAttempts",
    options.maxAttempts,
    PRICING_CLIENT_DEFAULTS.maxAttempts,
  );
  // Loaded here, not at import, so that using the catalog never loads the AWS SDK.
  const [{ PricingClient }, { NodeHttpHandler }, { StandardRetryStrategy }] = await Promise.all([
    import("@aws-sdk/client-pricing"),
    import("@smithy/node-http-handler"),
    import("@smithy/core/retry"),
  ]);
  const base = options.retryBaseDelayMs;
  const retryStrategy = new StandardRetryStrategy(
    base === undefined
      ? { maxAttempts }
      : {
          maxAttempts,
          baseDelay: positiveInteger("retryBaseDelayMs", base, base),
          // One base for throttling and other transient errors, so a caller's setting is what it says.
          backoff: {
            computeNextBackoffDelay: (retry: number) =>
              Math.floor(Math.random() * Math.min(base * 2 ** retry, MAXIMUM_RETRY_DELAY_MS)),
            setDelayBase: () => undefined,
          },
        },
  );
  return new PricingClient({
    region: "us-east-1",
    retryStrategy,
    requestHandler: new NodeHttpHandler({
      connectionTimeout: requestTimeout,
      requestTimeout,
      // Without it the SDK only logs a warning when the request timeout passes.
      throwOnRequestTimeout: true,
    }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
  });
}
