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

async function sessionFor(customerId: string) {
  const res = await t.api('POST', `/customers/${customerId}/sessions`);
  return `Bearer ${String(res.body.session.token)}`;
}

describe('a customer session reaches its own customer only', () => {
  it('cannot delete another customer’s token, which stays as it was', async () => {
    const mine = await createCustomerAndToken(t);
    const theirs = await createCustomerAndToken(t);
    const auth = await sessionFor(mine.customer.id);
    const path = `/customers/${theirs.customer.id}/tokens/${theirs.token.id}`;
    expect((await t.api('DELETE', path, undefined, { auth })).status).toBe(401);
    expect((await t.api('GET', path)).status).toBe(200);
    expect(await t.api('GET', `/events`)).toMatchObject({ body: { events: [] } });
  });

  it('cannot reach another customer’s token by naming its own customer in the path', async () => {
    const mine = await createCustomerAndToken(t);
    const theirs = await createCustomerAndToken(t);
    const auth = await sessionFor(mine.customer.id);
    const path = `/customers/${mine.customer.id}/tokens/${theirs.token.id}`;
    expect((await t.api('GET', path, undefined, { auth })).status).toBe(404);
    expect((await t.api('DELETE', path, undefined, { auth })).status).toBe(404);
    expect((await t.api('PUT', `${path}/disable`, undefined, { auth })).status).toBe(404);
  });

  it('cannot mint another session, create an invoice or pay with a saved token', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t);
    await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source: gatewayRequest });
    const auth = await sessionFor(customer.id);
    expect((await t.api('POST', `/customers/${customer.id}/sessions`, {}, { auth })).status).toBe(401);
    const invoice = await t.api(
      'POST',
      '/invoices',
      { name: 'x', amount: '1.00', currency: 'EUR' },
      { auth },
    );
    expect(invoice.status).toBe(401);
    const real = (await t.api('POST', '/invoices', { name: 'x', amount: '1.00', currency: 'EUR' })).body
      .invoice;
    const paid = await t.api('POST', `/invoices/${real.id}/authorize`, { source: token.id }, { auth });
    expect(paid.status).toBe(401);
  });

  it('says a session expired apart from a bad one, so the widget knows to ask for a fresh one', async () => {
    const { customer } = await createCustomerAndToken(t);
    const auth = await sessionFor(customer.id);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + SESSION_TTL_MS + 1000 });
    const expired = await t.api('GET', `/customers/${customer.id}/tokens`, undefined, { auth });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({
      error_type: 'request.unauthorized',
      message: expect.stringMatching(/expired/),
    });
    const forged = await t.api('GET', `/customers/${customer.id}/tokens`, undefined, { auth: `${auth}x` });
    expect(forged.body.message).not.toMatch(/expired/);
  });
});
