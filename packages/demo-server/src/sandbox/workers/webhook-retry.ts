/**
 * When to try a failed webhook delivery again, Stripe-like: exponential
 * back-off with jitter for up to about three days, then the delivery is
 * exhausted (it stays in the outbox and can be redelivered on request).
 */
export interface RetryPolicy {
  /** Attempt n waits about base × 2^(n-1). */
  baseMs: number;
  /** No attempt is scheduled later than this after the delivery was queued. */
  windowMs: number;
  /** @default Math.random */
  random?: () => number;
}

export const DEFAULT_RETRY_WINDOW_MS = 3 * 24 * 60 * 60 * 1000;

/** Back-off stops growing here, so a receiver that comes back is retried within the hour. */
export const MAX_BACKOFF_MS = 60 * 60 * 1000;

/**
 * Delay after the `attempts`-th failure: the back-off scaled by a random
 * factor in [0.5, 1.5), so receivers that failed together (an outage) are not
 * all retried in the same instant.
 */
export function retryDelay(attempts: number, policy: RetryPolicy): number {
  const backoff = Math.min(policy.baseMs * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
  return Math.round(backoff * (0.5 + (policy.random ?? Math.random)()));
}

/** When to try again after `attempts` failures, or `undefined` once that would fall outside the window. */
export function nextAttemptAt(
  delivery: { attempts: number; queuedAt: number },
  now: number,
  policy: RetryPolicy,
): number | undefined {
  const at = now + retryDelay(delivery.attempts, policy);
  return at <= delivery.queuedAt + policy.windowMs ? at : undefined;
}
