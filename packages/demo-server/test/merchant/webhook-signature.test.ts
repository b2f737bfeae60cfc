import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyWebhookSignature } from '../../src/merchant/webhook-signature.js';

const secret = 'key_sandbox_test';
const body = '{"event_id":"ev_1","event_type":"token.verified","data":{}}';
const sign = (t: number, raw = body, key = secret) =>
  `t=${t},v1=${createHmac('sha256', key).update(`${t}.${raw}`).digest('hex')}`;

describe('webhook signature verification', () => {
  const now = 1_800_000_000;

  it('accepts a delivery signed with the project secret', () => {
    expect(verifyWebhookSignature(sign(now), body, secret, now)).toBe(true);
  });

  it('rejects a body changed after signing', () => {
    expect(verifyWebhookSignature(sign(now), body.replace('ev_1', 'ev_2'), secret, now)).toBe(false);
  });

  it('rejects a signature made with another secret', () => {
    expect(verifyWebhookSignature(sign(now, body, 'key_other'), body, secret, now)).toBe(false);
  });

  it('rejects a replay older than five minutes', () => {
    expect(verifyWebhookSignature(sign(now - 301), body, secret, now)).toBe(false);
  });

  it('rejects a missing or malformed header', () => {
    expect(verifyWebhookSignature(undefined, body, secret, now)).toBe(false);
    expect(verifyWebhookSignature('v1=abc', body, secret, now)).toBe(false);
    expect(verifyWebhookSignature(`t=${now},v1=zz`, body, secret, now)).toBe(false);
  });
});
