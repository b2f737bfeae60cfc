import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { approvedGatewayRequest, eventually, sleep, startSandbox, type TestSandbox } from './helpers.js';
import { receiver } from './webhook-receiver.js';

const open: Array<{ close: () => Promise<unknown> }> = [];
afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

async function verifyAsync(t: TestSandbox) {
  const { customer, token, gatewayRequest } = await approvedGatewayRequest(t, 'approve-async');
  await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source: gatewayRequest });
  return token;
}

describe('webhooks', () => {
  it('posts a signed token.verified event that GET /events/:id confirms', async () => {
    const hooks = await receiver();
    const t = await startSandbox({ webhookUrl: hooks.url });
    open.push(t, hooks);
    const token = await verifyAsync(t);
    const delivery = await eventually(async () => hooks.deliveries[0]);
    const event = JSON.parse(delivery.body) as {
      event_id: string;
      event_type: string;
      data: { token: { id: string } };
    };
    expect(event.event_type).toBe('token.verified');
    expect(event.data.token.id).toBe(token.id);
    const [, ts = '', mac = ''] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(delivery.signature) ?? [];
    expect(createHmac('sha256', t.project.secret).update(`${ts}.${delivery.body}`).digest('hex')).toBe(mac);
    const fetched = await t.api('GET', `/events/${event.event_id}`);
    expect(fetched.body.event).toMatchObject({ id: event.event_id, type: 'token.verified' });
  });

  it('retries a failing receiver with growing back-off until it accepts', async () => {
    const hooks = await receiver([500, 503, 500]);
    const t = await startSandbox({ webhookUrl: hooks.url, webhookRetryBaseMs: 40 });
    open.push(t, hooks);
    await verifyAsync(t);
    await eventually(async () => (hooks.deliveries.length >= 4 ? true : undefined), 5000);
    const gaps = hooks.deliveries.slice(1).map((d, i) => d.at - (hooks.deliveries[i]?.at ?? 0));
    // Jitter scales each back-off (40, 80, 160 ms) by 0.5–1.5, and a loaded machine only adds to a
    // gap, so lower bounds hold at any load: the third gap is at least 80 ms, more than the first
    // could be scheduled at (60 ms), so the back-off grows.
    expect(gaps[0]).toBeGreaterThanOrEqual(18);
    expect(gaps[1]).toBeGreaterThanOrEqual(38);
    expect(gaps[2]).toBeGreaterThanOrEqual(78);
    expect(new Set(hooks.deliveries.map((d) => JSON.parse(d.body).event_id)).size).toBe(1);
    await sleep(300);
    expect(hooks.deliveries).toHaveLength(4);
  });

  it('delivers an event queued before a restart once the receiver comes back', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'paydrop-')), 'sandbox.db');
    const failing = Array.from({ length: 100 }, () => 503);
    const hooks = await receiver(failing);
    open.push(hooks);
    const first = await startSandbox({ dbPath, webhookUrl: hooks.url, webhookRetryBaseMs: 30 });
    await verifyAsync(first);
    await eventually(async () => hooks.deliveries[0]);
    await first.close();

    failing.length = 0; // the receiver is healthy again
    const before = hooks.deliveries.length;
    const second = await startSandbox({ dbPath, webhookUrl: hooks.url, webhookRetryBaseMs: 30 });
    open.push(second);
    expect(second.project).toEqual(first.project);
    const late = await eventually(async () => hooks.deliveries.slice(before).at(-1), 8000);
    expect(JSON.parse(late.body).event_type).toBe('token.verified');
    expect(JSON.parse(late.body).event_id).toBe(JSON.parse(hooks.deliveries[0]?.body ?? '{}').event_id);
  });
});
