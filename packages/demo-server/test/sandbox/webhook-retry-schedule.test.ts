import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETRY_WINDOW_MS,
  MAX_BACKOFF_MS,
  nextAttemptAt,
  retryDelay,
} from '../../src/sandbox/workers/webhook-retry.js';

const HOUR = 60 * 60 * 1000;

describe('the webhook retry schedule', () => {
  it('doubles the back-off per attempt and scales it by a random factor between 0.5 and 1.5', () => {
    const policy = { baseMs: 1000, windowMs: DEFAULT_RETRY_WINDOW_MS };
    expect(retryDelay(1, { ...policy, random: () => 0 })).toBe(500);
    expect(retryDelay(1, { ...policy, random: () => 0.999 })).toBe(1499);
    expect(retryDelay(4, { ...policy, random: () => 0.5 })).toBe(8000);
    expect(retryDelay(40, { ...policy, random: () => 0.5 })).toBe(MAX_BACKOFF_MS);
  });

  it('spreads receivers that failed together instead of retrying them in the same instant', () => {
    const policy = { baseMs: 1000, windowMs: DEFAULT_RETRY_WINDOW_MS };
    const delays = new Set(Array.from({ length: 20 }, () => retryDelay(5, policy)));
    expect(delays.size).toBeGreaterThan(10);
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(8000);
      expect(delay).toBeLessThan(24000);
    }
  });

  it('keeps a failing delivery going for about three days by default, then gives up', () => {
    const policy = { baseMs: 1000, windowMs: DEFAULT_RETRY_WINDOW_MS, random: () => 0.5 };
    let now = 0;
    let attempts = 1;
    for (;;) {
      const at = nextAttemptAt({ attempts, queuedAt: 0 }, now, policy);
      if (at === undefined) break;
      now = at;
      attempts++;
    }
    expect(now).toBeGreaterThan(71 * HOUR);
    expect(now).toBeLessThanOrEqual(72 * HOUR);
    expect(attempts).toBeGreaterThan(12);
  });
});
