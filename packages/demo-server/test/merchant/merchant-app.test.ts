import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant();
});
afterAll(() => harness.close());

describe('the reference merchant server', () => {
  it('creates a customer and a blank token bound to the shopper session', async () => {
    const call = harness.browser();
    const checkout = await call('POST', '/api/checkout');
    expect(checkout.json).toMatchObject({ success: true, projectId: harness.sandbox.project.id });
    expect(checkout.json.customerId).toMatch(/^cust_/);
    expect(checkout.json.tokenId).toMatch(/^tok_/);
    const current = await call('GET', '/api/tokens/current');
    expect(current.json.token).toMatchObject({
      id: checkout.json.tokenId,
      type: 'pending',
      is_chargeable: false,
    });
  });

  it('keeps the unsaved blank token across reloads, and gives another shopper their own', async () => {
    const call = harness.browser();
    const first = await call('POST', '/api/checkout');
    const again = await call('POST', '/api/checkout');
    const other = await harness.browser()('POST', '/api/checkout');
    expect(again.json.tokenId).toBe(first.json.tokenId);
    expect(other.json.tokenId).not.toBe(first.json.tokenId);
  });

  it('saves the gateway request token as a chargeable customer token', async () => {
    const call = harness.browser();
    const { customerId, tokenId } = (await call('POST', '/api/checkout')).json;
    const token = await harness.approve(customerId, tokenId);
    const saved = await call('POST', '/api/tokens/save', { customerId, tokenId, token });
    expect(saved.status).toBe(200);
    expect(saved.json.token).toMatchObject({
      id: tokenId,
      type: 'gateway_token',
      is_chargeable: true,
      verification_status: 'success',
    });
  });

  it('refuses to save onto a token that belongs to another shopper session', async () => {
    const victim = (await harness.browser()('POST', '/api/checkout')).json;
    const attacker = harness.browser();
    await attacker('POST', '/api/checkout');
    const token = await harness.approve(victim.customerId, victim.tokenId);
    const saved = await attacker('POST', '/api/tokens/save', { ...victim, token });
    expect(saved.status).toBe(403);
    expect(saved.json.error_type).toBe('merchant.session-mismatch');
  });

  it('answers a malformed save request with the invalid fields', async () => {
    const call = harness.browser();
    await call('POST', '/api/checkout');
    const saved = await call('POST', '/api/tokens/save', {
      customerId: 'cust_x',
      token: 'tok_not_a_request',
    });
    expect(saved.status).toBe(400);
    expect(saved.json).toMatchObject({ success: false, error_type: 'request.validation-error' });
    expect(saved.json.invalid_fields).toEqual(expect.arrayContaining(['tokenId', 'token']));
  });

  it('passes a sandbox refusal on as a typed error, such as a replayed gateway request', async () => {
    const call = harness.browser();
    const { customerId, tokenId } = (await call('POST', '/api/checkout')).json;
    const token = await harness.approve(customerId, tokenId);
    await call('POST', '/api/tokens/save', { customerId, tokenId, token });
    const replay = await call('POST', '/api/tokens/save', { customerId, tokenId, token });
    expect(replay.status).toBe(422);
    expect(replay.json.error_type).toMatch(/^gateway-request\./);
  });

  it('never sends the secret key to the browser', async () => {
    const call = harness.browser();
    const secret = harness.sandbox.project.secret;
    for (const response of [await call('POST', '/api/checkout'), await call('GET', '/api/config')]) {
      expect(response.text).not.toContain(secret);
    }
  });
});
