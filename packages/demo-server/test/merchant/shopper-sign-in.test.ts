import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant();
});
afterAll(() => harness.close());

describe('shopper sign-in on the merchant server', () => {
  it('finds the same sandbox customer for a shopper on every sign-in, in any browser', async () => {
    const first = harness.browser();
    const second = harness.browser();
    expect((await first('POST', '/api/sign-in', { shopper: 'ada' })).json.shopper).toMatchObject({
      id: 'ada',
    });
    await second('POST', '/api/sign-in', { shopper: 'ada' });
    const a = (await first('POST', '/api/checkout')).json;
    const b = (await second('POST', '/api/checkout')).json;
    expect(a.customerId).toMatch(/^cust_/);
    expect(b.customerId).toBe(a.customerId);
    const customer = await harness.sandboxCall('GET', `/customers/${a.customerId}`);
    expect(customer.json.customer).toMatchObject({ first_name: 'Ada', email: 'ada@example.com' });
  });

  it('never takes the customer from the browser: saving onto another shopper’s token is refused', async () => {
    const grace = harness.browser();
    await grace('POST', '/api/sign-in', { shopper: 'grace' });
    const victim = (await grace('POST', '/api/checkout')).json;
    const ada = harness.browser();
    await ada('POST', '/api/sign-in', { shopper: 'ada' });
    await ada('POST', '/api/checkout');
    const token = await harness.approve(victim.customerId, victim.tokenId);
    const saved = await ada('POST', '/api/tokens/save', { ...victim, token });
    expect(saved.status).toBe(403);
    const blank = await harness.sandboxCall(
      'GET',
      `/customers/${victim.customerId}/tokens/${victim.tokenId}`,
    );
    expect(blank.json.token).toMatchObject({ type: 'pending' });
  });

  it('hands a signed-in shopper a customer session that reads only their own tokens', async () => {
    const ada = harness.browser();
    await ada('POST', '/api/sign-in', { shopper: 'ada' });
    const own = (await ada('POST', '/api/checkout')).json.customerId;
    const grace = harness.browser();
    await grace('POST', '/api/sign-in', { shopper: 'grace' });
    const other = (await grace('POST', '/api/checkout')).json.customerId;

    const { customerSession } = (await ada('POST', '/api/customer-session')).json;
    const read = (customerId: string) =>
      fetch(`${harness.server.url}/customers/${customerId}/tokens`, {
        headers: { authorization: `Bearer ${customerSession}` },
      });
    expect((await read(own)).status).toBe(200);
    expect((await read(other)).status).toBe(401);
  });

  it('gives a guest no customer session', async () => {
    const guest = harness.browser();
    const answer = await guest('POST', '/api/customer-session');
    expect(answer.status).toBe(401);
    expect(answer.json.error_type).toBe('merchant.signed-out');
  });

  it('starts a new checkout on sign-out, with nothing of the shopper left in the browser', async () => {
    const call = harness.browser();
    await call('POST', '/api/sign-in', { shopper: 'alan' });
    const signedIn = (await call('POST', '/api/checkout')).json;
    expect((await call('POST', '/api/sign-out')).json.shopper).toBeNull();
    expect((await call('GET', '/api/me')).json.shopper).toBeNull();
    const guest = (await call('POST', '/api/checkout')).json;
    expect(guest.customerId).not.toBe(signedIn.customerId);
    expect((await call('POST', '/api/customer-session')).status).toBe(401);
  });

  it('answers an unknown shopper with a typed 404', async () => {
    const answer = await harness.browser()('POST', '/api/sign-in', { shopper: 'mallory' });
    expect(answer.status).toBe(404);
    expect(answer.json.error_type).toBe('merchant.unknown-shopper');
  });
});
