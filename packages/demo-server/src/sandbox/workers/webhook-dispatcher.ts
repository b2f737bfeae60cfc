import type { OutboxItem, Store } from '../store/index.js';
import { signWebhook } from './webhook-signature.js';

export interface DispatcherOptions {
  store: Store;
  now: () => number;
  retryBaseMs: number;
  /** After this many failed attempts the delivery is marked failed (it stays in the outbox for inspection). */
  maxAttempts?: number;
  timeoutMs?: number;
}

const MAX_BACKOFF_MS = 60 * 60 * 1000;

/**
 * Delivers the durable outbox at least once: a row is only marked delivered
 * after a 2xx, so a crash mid-request means a resend, never a loss.
 */
export function webhookDispatcher({
  store,
  now,
  retryBaseMs,
  maxAttempts = 12,
  timeoutMs = 5000,
}: DispatcherOptions) {
  async function deliver(item: OutboxItem): Promise<void> {
    const project = store.projects.find(item.projectId);
    if (!project) return void store.events.markFailed(item.id, now(), 'project no longer exists');
    let error: string;
    try {
      const response = await fetch(item.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Paydrop-Sandbox-Webhooks/1',
          'paydrop-event-id': item.eventId,
          'paydrop-signature': signWebhook(project.secret, item.payload, Math.floor(now() / 1000)),
        },
        body: item.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      if (response.ok) return void store.events.markDelivered(item.id, now());
      error = `HTTP ${response.status}`;
    } catch (cause) {
      error = cause instanceof Error ? cause.message : String(cause);
    }
    const attempts = item.attempts + 1;
    if (attempts >= maxAttempts) store.events.markFailed(item.id, now(), error);
    else
      store.events.markRetry(
        item.id,
        now() + Math.min(retryBaseMs * 2 ** (attempts - 1), MAX_BACKOFF_MS),
        error,
      );
  }

  return {
    /** Sends every due delivery once, in parallel. */
    tick: async (): Promise<void> => {
      const due = store.events.dueDeliveries(now(), 50);
      await Promise.all(due.map(deliver));
    },
  };
}
