import type { OutboxItem, Store } from '../store/index.js';
import { nextAttemptAt, type RetryPolicy } from './webhook-retry.js';
import { signWebhook } from './webhook-signature.js';

export interface DispatcherOptions {
  store: Store;
  now: () => number;
  retry: RetryPolicy;
  timeoutMs?: number;
}

/**
 * Delivers the durable outbox at least once: a row is only marked delivered
 * after a 2xx, so a crash mid-request means a resend, never a loss. A row
 * that keeps failing past the retry window is marked exhausted (`failed_at`)
 * and waits for `POST /events/:id/redeliver`.
 */
export function webhookDispatcher({ store, now, retry, timeoutMs = 5000 }: DispatcherOptions) {
  async function send(item: OutboxItem, secret: string): Promise<string | undefined> {
    try {
      const response = await fetch(item.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Paydrop-Sandbox-Webhooks/1',
          'paydrop-event-id': item.eventId,
          'paydrop-signature': signWebhook(secret, item.payload, Math.floor(now() / 1000)),
        },
        body: item.payload,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel();
      return response.ok ? undefined : `HTTP ${response.status}`;
    } catch (cause) {
      return cause instanceof Error ? cause.message : String(cause);
    }
  }

  async function deliver(item: OutboxItem): Promise<void> {
    const project = store.projects.find(item.projectId);
    if (!project) return void store.events.markFailed(item.id, now(), 'project no longer exists');
    const error = await send(item, project.secret);
    if (error === undefined) return void store.events.markDelivered(item.id, now());
    const at = nextAttemptAt({ attempts: item.attempts + 1, queuedAt: item.queuedAt }, now(), retry);
    if (at === undefined) store.events.markFailed(item.id, now(), error);
    else store.events.markRetry(item.id, at, error);
  }

  return {
    /** Sends every due delivery once, in parallel. */
    tick: async (): Promise<void> => {
      // An event of a batch not yet committed must not go out: a crash would take it back.
      await store.settled();
      const due = store.events.dueDeliveries(now(), 50);
      await Promise.all(due.map(deliver));
    },
  };
}
