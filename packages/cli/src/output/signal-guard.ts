const SIGNALS = ["SIGINT", "SIGTERM"] as const;
export type GuardedSignal = (typeof SIGNALS)[number];

/**
 * Holds SIGINT and SIGTERM while an output is written: the writer checks
 * `received` between staged files (and gives up cleanly) and ignores it
 * during the short commit, so a signal never leaves a half-renamed tree.
 * The caller re-raises the signal after `dispose()` (see reraise).
 */
export interface SignalGuard {
  readonly received: GuardedSignal | undefined;
  /** Resolves at the first signal (used by the test-only pause hook). */
  readonly next: Promise<GuardedSignal>;
  dispose(): void;
}

export function guardSignals(): SignalGuard {
  let received: GuardedSignal | undefined;
  let notify: (signal: GuardedSignal) => void = () => undefined;
  const next = new Promise<GuardedSignal>((resolve) => (notify = resolve));
  const handlers = SIGNALS.map((signal) => {
    const handler = () => {
      received ??= signal;
      notify(signal);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return {
    get received() {
      return received;
    },
    next,
    dispose: () => handlers.forEach((off) => off()),
  };
}

/** Ends the process as the signal would have, once IDIO has cleaned up. */
export function reraise(signal: GuardedSignal): void {
  process.kill(process.pid, signal);
}
