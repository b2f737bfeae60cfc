import { afterEach, describe, expect, it } from 'vitest';
import { createCustomerAndToken, eventually, sleep, startSandbox, type TestSandbox } from './helpers.js';
import { receiver } from './webhook-receiver.js';

const open: Array<{ close: () => Promise<unknown> }> = [];
afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

interface DeliveryJson {
  url: string;
  status: string;
  attempts: number;
  last_error: string | null;
}

async function deliveries(t: TestSandbox, eventId: string): Promise<DeliveryJson[]> {
  const res = await t.api('GET', `/events/${eventId}`);
  return (res.body.event as unknown as { webhook_deliveries: DeliveryJson[] }).webhook_deliveries;
}

/** Deleting a token is the quickest way to record an event (token.deleted). */
async function recordEvent(t: TestSandbox): Promise<string> {
  const { customer, token } = await createCustomerAndToken(t);
  await t.api('DELETE', `/customers/${customer.id}/tokens/${token.id}`);
  const list = (await t.api('GET', '/events')).body as unknown as { events: Array<{ id: string }> };
  return list.events[0]?.id ?? '';
}

describe('webhook retries and redelivery', () => {
  it('marks a delivery exhausted once the retry window has passed, and stops trying', async () => {
    const hooks = await receiver(Array.from({ length: 1000 }, () => 503));
    const t = await startSandbox({
      webhookUrl: hooks.url,
      webhookRetryBaseMs: 20,
      // Wide beside the base, so a loaded machine that starts the first attempt late still retries.
      webhookRetryWindowMs: 1500,
    });
    open.push(t, hooks);
    const eventId = await recordEvent(t);
    const [exhausted] = await eventually(async () => {
      const list = await deliveries(t, eventId);
      return list[0]?.status === 'exhausted' ? list : undefined;
    }, 10_000);
    expect(exhausted).toMatchObject({ url: hooks.url, last_error: 'HTTP 503' });
    expect(exhausted?.attempts).toBeGreaterThan(1);
    const sent = hooks.deliveries.length;
    await sleep(300);
    expect(hooks.deliveries).toHaveLength(sent);
  });

  it('redelivers an exhausted event on request once the receiver is back', async () => {
    const failing = Array.from({ length: 1000 }, () => 503);
    const hooks = await receiver(failing);
    const t = await startSandbox({
      webhookUrl: hooks.url,
      webhookRetryBaseMs: 20,
      webhookRetryWindowMs: 200,
    });
    open.push(t, hooks);
    const eventId = await recordEvent(t);
    await eventually(async () =>
      (await deliveries(t, eventId))[0]?.status === 'exhausted' ? true : undefined,
    );

    failing.length = 0;
    const before = hooks.deliveries.length;
    const res = await t.api('POST', `/events/${eventId}/redeliver`);
    expect(res.status).toBe(200);
    const queued = (res.body.event as unknown as { webhook_deliveries: DeliveryJson[] }).webhook_deliveries;
    expect(queued.map((d) => d.status)).toEqual(['exhausted', 'pending']);
    const late = await eventually(async () => hooks.deliveries[before]);
    expect(JSON.parse(late.body).event_id).toBe(eventId);
    expect(JSON.parse(late.body).event_type).toBe('token.deleted');
    await eventually(async () =>
      (await deliveries(t, eventId))[1]?.status === 'delivered' ? true : undefined,
    );
  });

  it('refuses to redeliver an event that has nowhere to go, and 404s an unknown one', async () => {
    const t = await startSandbox();
    open.push(t);
    const eventId = await recordEvent(t);
    const res = await t.api('POST', `/events/${eventId}/redeliver`);
    expect(res.status).toBe(409);
    expect(res.body.error_type).toBe('event.no-webhook-url');
    expect((await t.api('POST', '/events/ev_unknown/redeliver')).status).toBe(404);
    expect((await t.api('POST', `/events/${eventId}/redeliver`, undefined, { auth: 'public' })).status).toBe(
      401,
    );
  });
});
