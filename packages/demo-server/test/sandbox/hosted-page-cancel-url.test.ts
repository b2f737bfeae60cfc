import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configId, decide, startSandbox, type TestSandbox, tokenPagePath } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

async function tokenPage(token: Record<string, unknown>) {
  const customer = (await t.api('POST', '/customers', { first_name: 'Ada' })).body.customer;
  const created = (await t.api('POST', `/customers/${customer.id}/tokens`, token)).body.token;
  return { customer, token: created, path: tokenPagePath(t, customer.id, created.id, await configId(t)) };
}

describe('a token’s cancel_url on the hosted APM page', () => {
  it('receives a redirected Cancel instead of the return_url', async () => {
    const { customer, token, path } = await tokenPage({
      return_url: 'https://shop.example/return',
      cancel_url: 'https://shop.example/cancel?step=pay',
    });
    const { delivery } = (await decide(t, path, 'cancel', 'st4te')).body;
    // An opener still hears about it on the return_url's origin, where the widget listens.
    expect(delivery.target_origin).toBe('https://shop.example');
    const url = new URL(delivery.redirect_url ?? '');
    expect(url.origin + url.pathname).toBe('https://shop.example/cancel');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      step: 'pay',
      error_code: 'customer.canceled',
      customer_id: customer.id,
      token_id: token.id,
      state: 'st4te',
    });
  });

  it('does not change where approvals and declines go', async () => {
    const { path } = await tokenPage({
      return_url: 'https://shop.example/return',
      cancel_url: 'https://shop.example/cancel',
    });
    for (const outcome of ['decline', 'approve']) {
      const { delivery } = (await decide(t, path, outcome)).body;
      expect(new URL(delivery.redirect_url ?? '').pathname).toBe('/return');
    }
  });

  it('still redirects a Cancel when only a cancel_url is registered', async () => {
    const { path } = await tokenPage({ cancel_url: 'yourapp://cancel' });
    const { delivery } = (await decide(t, path, 'cancel')).body;
    expect(delivery.target_origin).toBeNull();
    expect(delivery.redirect_url).toMatch(/^yourapp:\/\/cancel\?error_code=customer\.canceled&/);
  });
});
