import { createServer } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { confirmWith, createSession, submit } from './checkout-session-helpers.js';
import { eventually, startSandbox, type TestSandbox } from './helpers.js';

interface Hook {
  event_id: string;
  event_type: string;
  data: { checkout_session: Record<string, unknown> };
}

/** A webhook receiver that accepts everything and keeps the parsed bodies. */
async function receiver() {
  const hooks: Hook[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      hooks.push(JSON.parse(body) as Hook);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/hooks`, hooks, close: () => new Promise((r) => server.close(r)) };
}

const open: Array<{ close: () => Promise<unknown> }> = [];
afterEach(async () => {
  for (const item of open.splice(0)) await item.close();
});

async function setUp() {
  const hooks = await receiver();
  const t: TestSandbox = await startSandbox({ webhookUrl: hooks.url });
  open.push(t, hooks);
  return { t, delivered: hooks.hooks };
}

describe('checkout session events', () => {
  it('records checkout_session.completed and delivers it by webhook', async () => {
    const { t, delivered } = await setUp();
    const session = await createSession(t);
    await confirmWith(t, session);
    const hook = await eventually(async () =>
      delivered.find((h) => h.event_type === 'checkout_session.completed'),
    );
    expect(hook.data.checkout_session).toMatchObject({
      id: session.id,
      status: 'complete',
      token_id: session.token_id,
    });
    const event = (await t.api('GET', `/events/${hook.event_id}`)).body.event;
    expect(event).toMatchObject({ type: 'checkout_session.completed' });
  });

  it('records checkout_session.canceled and delivers it by webhook', async () => {
    const { t, delivered } = await setUp();
    const session = await createSession(t);
    await submit(t, session, 'cancel');
    const hook = await eventually(async () =>
      delivered.find((h) => h.event_type === 'checkout_session.canceled'),
    );
    expect(hook.data.checkout_session).toMatchObject({ id: session.id, status: 'canceled' });
    const types = (await t.api('GET', '/events')).body as unknown as { events: Array<{ type: string }> };
    expect(types.events.map((e) => e.type)).toEqual(['checkout_session.canceled']);
  });

  it('announces the authorization too in payment mode, and only once per session', async () => {
    const { t } = await setUp();
    const iv = (await t.api('POST', '/invoices', { name: 'x', amount: '3.00', currency: 'EUR' })).body
      .invoice;
    const session = await createSession(t, { mode: 'payment', invoice_id: iv.id });
    await confirmWith(t, session);
    await confirmWith(t, session);
    const list = (await t.api('GET', '/events')).body as unknown as { events: Array<{ type: string }> };
    expect(list.events.map((e) => e.type).sort()).toEqual([
      'checkout_session.completed',
      'transaction.authorized',
    ]);
  });

  it('replays a create with the same Idempotency-Key instead of opening a second session', async () => {
    const { t } = await setUp();
    const body = {
      mode: 'token',
      customer: { first_name: 'Ada' },
      success_url: 'https://shop.example/ok',
      cancel_url: 'https://shop.example/no',
    };
    const headers = { 'idempotency-key': 'order-42' };
    const first = await t.api('POST', '/checkout-sessions', body, { headers });
    const second = await t.api('POST', '/checkout-sessions', body, { headers });
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.checkout_session).toEqual(first.body.checkout_session);
    const other = await t.api('POST', '/checkout-sessions', { ...body, locale: 'ja' }, { headers });
    expect(other.status).toBe(409);
  });
});
