import type { Hono } from 'hono';
import { z } from 'zod';
import type { MerchantDeps, MerchantEnv } from './deps.js';
import { effectOf } from './webhook-events.js';
import { verifyWebhookSignature } from './webhook-signature.js';

export interface ReceivedEvent {
  event_id: string;
  event_type: string;
  data: unknown;
  received_at: string;
}

const payload = z.object({
  event_id: z.string().min(1).max(255),
  event_type: z.string().min(1).max(255),
  data: z.unknown(),
});

/**
 * Webhook receiver: rejects unsigned or stale deliveries, and handles each
 * `event_id` once, because delivery is at-least-once. The event_id is written
 * in the merchant's database in the same transaction that applies the event,
 * so a retry that arrives after a restart is still recognised, and a crash
 * before the commit leaves neither, so the retry applies it.
 */
export function mountWebhooks(app: Hono<MerchantEnv>, deps: MerchantDeps, secret: string) {
  const { store } = deps;
  app.post('/api/webhooks', async (c) => {
    const raw = await c.req.text();
    if (!verifyWebhookSignature(c.req.header('paydrop-signature'), raw, secret)) {
      return c.json(
        { success: false, error_type: 'webhook.bad-signature', message: 'Invalid signature' },
        400,
      );
    }
    const parsed = payload.safeParse(parseJson(raw));
    if (!parsed.success) {
      return c.json({ success: false, error_type: 'webhook.malformed', message: 'Not an event' }, 400);
    }
    const event = parsed.data;
    // 2xx for a redelivery too: it must stop the sender's retries, not be refused.
    if (store.processedEvents.find(event.event_id)) return c.json({ success: true, duplicate: true });
    const effect = await effectOf(deps, event);
    const at = new Date(deps.now()).toISOString();
    const first = store.transaction(() => {
      const claimed = store.processedEvents.claim(
        { eventId: event.event_id, eventType: event.event_type, data: event.data },
        at,
      );
      if (claimed) effect.apply();
      return claimed;
    });
    if (first && effect.after) await effect.after().catch((error: unknown) => console.error(error));
    return c.json({ success: true, duplicate: !first });
  });

  const received = (): ReceivedEvent[] =>
    store.processedEvents
      .latest()
      .reverse()
      .map((e) => ({
        event_id: e.eventId,
        event_type: e.eventType,
        data: e.data,
        received_at: e.processedAt,
      }));

  // No route lists them: they hold every shopper's events, and the browser may only see its own session's.
  return {
    /** The processed events, oldest first (the latest 100), as the merchant's database holds them. */
    get received(): ReceivedEvent[] {
      return received();
    },
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}
