import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_TTL_MS } from '../../src/sandbox/http/session-credential.js';
import { approvedGatewayRequest, createCustomerAndToken, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

async function session(customerId: string) {
  const res = await t.api('POST', `/customers/${customerId}/sessions`);
  return `Bearer ${String(res.body.session.token)}`;
}

describe('customer sessions', () => {
  it('lets the browser list and read its own customer’s tokens', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    const auth = await session(customer.id);
    const list = await t.api('GET', `/customers/${customer.id}/tokens`, undefined, { auth });
    expect(list.body.tokens.map((x) => x.id)).toEqual([token.id]);
    const del = await t.api('DELETE', `/customers/${customer.id}/tokens/${token.id}`, undefined, { auth });
    expect(del.status).toBe(200);
  });

  it('lets the browser disable and enable its own customer’s token', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t);
    await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source: gatewayRequest });
    const auth = await session(customer.id);
    const base = `/customers/${customer.id}/tokens/${token.id}`;
    const disabled = await t.api('PUT', `${base}/disable`, undefined, { auth });
    expect(disabled.body.token).toMatchObject({ is_enabled: false, is_chargeable: false });
    expect((await t.api('GET', base)).body.token).toMatchObject({ is_enabled: false });
    const enabled = await t.api('PUT', `${base}/enable`, undefined, { auth });
    expect(enabled.body.token).toMatchObject({ is_enabled: true, is_chargeable: true });
  });

  it('cannot disable another customer’s token', async () => {
    const mine = await createCustomerAndToken(t);
    const theirs = await createCustomerAndToken(t);
    const auth = await session(mine.customer.id);
    const base = `/customers/${theirs.customer.id}/tokens/${theirs.token.id}`;
    expect((await t.api('PUT', `${base}/disable`, undefined, { auth })).status).toBe(401);
    expect((await t.api('GET', base)).body.token).toMatchObject({ is_enabled: true });
  });

  it('is scoped to one customer', async () => {
    const mine = await createCustomerAndToken(t);
    const theirs = await createCustomerAndToken(t);
    const auth = await session(mine.customer.id);
    const res = await t.api('GET', `/customers/${theirs.customer.id}/tokens`, undefined, { auth });
    expect(res.status).toBe(401);
  });

  it('never authorizes secret-only calls', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    const auth = await session(customer.id);
    expect((await t.api('POST', `/customers/${customer.id}/tokens`, {}, { auth })).status).toBe(401);
    expect(
      (await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source: 'gway_req_x' }, { auth }))
        .status,
    ).toBe(401);
    expect((await t.api('GET', `/customers/${customer.id}`, undefined, { auth })).status).toBe(401);
  });

  it('expires after 15 minutes and rejects a tampered signature', async () => {
    const { customer } = await createCustomerAndToken(t);
    const auth = await session(customer.id);
    const tampered = `${auth.slice(0, -3)}${auth.endsWith('A') ? 'B' : 'A'}xy`;
    expect(
      (await t.api('GET', `/customers/${customer.id}/tokens`, undefined, { auth: tampered })).status,
    ).toBe(401);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + SESSION_TTL_MS + 1000 });
    expect((await t.api('GET', `/customers/${customer.id}/tokens`, undefined, { auth })).status).toBe(401);
  });
});
