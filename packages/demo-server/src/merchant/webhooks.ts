import type { Hono } from 'hono';
import { verifyWebhookSignature } from './webhook-signature.js';

export interface ReceivedEvent {
  event_id: string;
  event_type: string;
  data: unknown;
  received_at: string;
}

/**
 * Webhook receiver: rejects unsigned or stale deliveries, and handles each
 * `event_id` once, because delivery is at-least-once.
 */
export function mountWebhooks(app: Hono, secret: string): { received: ReceivedEvent[] } {
  const seen = new Set<string>();
  const received: ReceivedEvent[] = [];

  app.post('/api/webhooks', async (c) => {
    const raw = await c.req.text();
    if (!verifyWebhookSignature(c.req.header('paydrop-signature'), raw, secret)) {
      return c.json(
        { success: false, error_type: 'webhook.bad-signature', message: 'Invalid signature' },
        400,
      );
    }
    const event = JSON.parse(raw) as Omit<ReceivedEvent, 'received_at'>;
    if (!seen.has(event.event_id)) {
      seen.add(event.event_id);
      received.push({ ...event, received_at: new Date().toISOString() });
    }
    return c.json({ success: true });
  });

  app.get('/api/webhooks/received', (c) => c.json({ success: true, events: received }));
  return { received };
}
