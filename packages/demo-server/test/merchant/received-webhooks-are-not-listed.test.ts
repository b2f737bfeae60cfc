import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant();
});
afterAll(() => harness.close());

describe('the webhooks the merchant received', () => {
  it('are not listed to any browser: every shopper’s events are in them', async () => {
    const body = JSON.stringify({
      event_id: 'ev_private',
      event_type: 'token.verified',
      data: { token: { customer_id: 'cust_someone_else' } },
    });
    const t = Math.floor(Date.now() / 1000);
    const v1 = createHmac('sha256', harness.sandbox.project.secret).update(`${t}.${body}`).digest('hex');
    const delivered = await harness.merchant.app.request('/api/webhooks', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'paydrop-signature': `t=${t},v1=${v1}` },
      body,
    });
    expect(delivered.status).toBe(200);

    const stranger = harness.browser();
    const res = await stranger('GET', '/api/webhooks/received');
    expect(res.status).toBe(404);
    expect(res.json.error_type).toBe('merchant.not-found');
    expect(res.text).not.toContain('ev_private');
  });

  it('an unknown merchant path answers JSON with an error_type', async () => {
    const res = await harness.browser()('GET', '/api/nope');
    expect(res.status).toBe(404);
    expect(res.json).toMatchObject({ success: false, error_type: 'merchant.not-found' });
  });
});
