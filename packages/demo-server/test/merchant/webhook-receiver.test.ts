import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant();
});
afterAll(() => harness.close());

function signed(body: string, secret = harness.sandbox.project.secret) {
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return { 'content-type': 'application/json', 'paydrop-signature': `t=${t},v1=${v1}` };
}

describe('the merchant webhook receiver', () => {
  it('handles a signed event once, however often it is delivered', async () => {
    const body = JSON.stringify({ event_id: 'ev_once', event_type: 'token.verified', data: { id: 'tok_1' } });
    for (let i = 0; i < 3; i++) {
      const response = await harness.merchant.app.request('/api/webhooks', {
        method: 'POST',
        headers: signed(body),
        body,
      });
      expect(response.status).toBe(200);
    }
    expect(harness.merchant.webhooks.received.filter((e) => e.event_id === 'ev_once')).toHaveLength(1);
  });

  it('rejects an event signed with another key', async () => {
    const body = JSON.stringify({ event_id: 'ev_forged', event_type: 'token.verified', data: {} });
    const response = await harness.merchant.app.request('/api/webhooks', {
      method: 'POST',
      headers: signed(body, 'key_sandbox_attacker'),
      body,
    });
    expect(response.status).toBe(400);
    expect(harness.merchant.webhooks.received.some((e) => e.event_id === 'ev_forged')).toBe(false);
  });
});
