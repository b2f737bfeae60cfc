import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  approvedGatewayRequest,
  createCustomerAndToken,
  eventually,
  startSandbox,
  type TestSandbox,
} from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox({ asyncVerifyDelayMs: 60_000 });
});
afterEach(() => t.close());

/** A merchant-initiated payment: an invoice for the token's customer, authorized with the saved tok_. */
async function chargeSaved(customerId: string, tokenId: string) {
  const iv = (
    await t.api('POST', '/invoices', {
      name: 'Refill',
      amount: '8.00',
      currency: 'EUR',
      customer_id: customerId,
    })
  ).body.invoice;
  const res = await t.api('POST', `/invoices/${iv.id}/authorize`, { source: tokenId });
  const after = (await t.api('GET', `/invoices/${iv.id}`)).body.invoice;
  return { res, after };
}

async function saved(outcome = 'approve', gateway = 'paypal') {
  const { customer, token, gatewayRequest } = await approvedGatewayRequest(t, outcome, gateway);
  await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, {
    source: gatewayRequest,
    verify: true,
  });
  return { customer, token, path: `/customers/${customer.id}/tokens/${token.id}` };
}

describe('charging a saved token with no shopper present (MIT)', () => {
  it('authorizes with an active saved token', async () => {
    const { customer, token } = await saved();
    const { res } = await chargeSaved(customer.id, token.id);
    expect(res.status).toBe(200);
    expect(res.body.invoice).toMatchObject({ status: 'authorized' });
  });

  it('refuses a token still pending verification, saying why, and charges nothing', async () => {
    const { customer, token } = await saved('approve-async');
    const { res, after } = await chargeSaved(customer.id, token.id);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_type: 'token.not-chargeable',
      message: expect.stringMatching(/pending/),
    });
    expect(after.status).toBe('pending');
  });

  it('refuses a token whose verification failed', async () => {
    const fast = await startSandbox({ asyncVerifyDelayMs: 20 });
    const other = t;
    t = fast;
    try {
      const { customer, token, path } = await saved('approve-async', 'bancontact');
      await eventually(async () =>
        (await t.api('GET', path)).body.token.verification_status === 'failed' ? true : undefined,
      );
      const { res, after } = await chargeSaved(customer.id, token.id);
      expect(res.body).toMatchObject({
        error_type: 'token.not-chargeable',
        message: expect.stringMatching(/failed/),
      });
      expect(after.status).toBe('pending');
    } finally {
      t = other;
      await fast.close();
    }
  });

  it('refuses a disabled token', async () => {
    const { customer, token, path } = await saved();
    await t.api('PUT', `${path}/disable`);
    const { res } = await chargeSaved(customer.id, token.id);
    expect(res.body).toMatchObject({
      error_type: 'token.not-chargeable',
      message: expect.stringMatching(/disabled/),
    });
  });

  it('refuses a deleted token with token.not-chargeable, not a bare 404', async () => {
    const { customer, token, path } = await saved();
    await t.api('DELETE', path);
    const { res, after } = await chargeSaved(customer.id, token.id);
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      error_type: 'token.not-chargeable',
      message: expect.stringMatching(/deleted/),
    });
    expect(after.status).toBe('pending');
  });

  it('refuses a blank token that holds no payment details', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    const { res } = await chargeSaved(customer.id, token.id);
    expect(res.body).toMatchObject({
      error_type: 'token.not-chargeable',
      message: expect.stringMatching(/no payment/),
    });
  });
});
