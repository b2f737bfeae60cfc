import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant();
});
afterAll(() => harness.close());

describe('webhooks from the sandbox to the merchant server', () => {
  it('delivers a signed token.verified that the merchant verifies and records once', async () => {
    const call = harness.browser();
    const { customerId, tokenId } = (await call('POST', '/api/checkout')).json;
    const token = await harness.approve(customerId, tokenId, 'approve-async');
    const saved = await call('POST', '/api/tokens/save', { customerId, tokenId, token });
    expect(saved.json.token.verification_status).toBe('pending');

    await expect
      .poll(() => harness.merchant.webhooks.received.map((event) => event.event_type), { timeout: 5000 })
      .toContain('token.verified');
    const verified = harness.merchant.webhooks.received.filter(
      (event) => event.event_type === 'token.verified',
    );
    expect(verified).toHaveLength(1);
    expect(JSON.stringify(verified[0]?.data)).toContain(tokenId);
    expect(harness.merchant.store.savedMethods.find(tokenId)?.state).toBe('active');
  });
});
