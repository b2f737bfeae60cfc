import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMerchantApp } from '../../src/merchant/index.js';

const SECRET = 'key_sandbox_restartTest';
const dir = mkdtempSync(join(tmpdir(), 'paydrop-merchant-'));
const dbPath = join(dir, 'merchant.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function startMerchant() {
  return createMerchantApp({
    // Never reached: receiving a webhook needs no call to the sandbox.
    sandboxApiUrl: 'http://127.0.0.1:9',
    sandboxPublicUrl: 'http://127.0.0.1:9',
    projectId: 'test-proj_restartTest',
    secret: SECRET,
    returnUrl: 'http://shop.example/',
    dbPath,
  });
}

function deliver(merchant: ReturnType<typeof startMerchant>, body: string) {
  const t = Math.floor(Date.now() / 1000);
  const v1 = createHmac('sha256', SECRET).update(`${t}.${body}`).digest('hex');
  return merchant.app.request('/api/webhooks', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'paydrop-signature': `t=${t},v1=${v1}` },
    body,
  });
}

describe('webhook dedupe across a merchant restart', () => {
  it('processes an event once when its retry arrives after the merchant server restarted', async () => {
    const body = JSON.stringify({ event_id: 'ev_restart', event_type: 'token.verified', data: { n: 1 } });
    const first = startMerchant();
    const delivered = await deliver(first, body);
    expect(delivered.status).toBe(200);
    expect(await delivered.json()).toEqual({ success: true, duplicate: false });
    const processedAt = first.store.processedEvents.find('ev_restart')?.processedAt;
    first.close();

    const second = startMerchant();
    const retried = await deliver(second, body);
    expect(retried.status).toBe(200);
    expect(await retried.json()).toEqual({ success: true, duplicate: true });
    expect(second.webhooks.received.filter((e) => e.event_id === 'ev_restart')).toHaveLength(1);
    expect(second.store.processedEvents.find('ev_restart')?.processedAt).toBe(processedAt);
    second.close();
  });

  it('keeps its database in its own file, in WAL mode', () => {
    const merchant = startMerchant();
    expect(merchant.store.journalMode()).toBe('wal');
    merchant.close();
  });

  it('rejects a malformed event with a clear error and records nothing', async () => {
    const merchant = startMerchant();
    const response = await deliver(merchant, JSON.stringify({ event_type: 'token.verified' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error_type: 'webhook.malformed' });
    merchant.close();
  });
});
