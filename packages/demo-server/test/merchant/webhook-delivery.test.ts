import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, describe, expect, it } from 'vitest';
import { createMerchantApp } from '../../src/merchant/index.js';
import { createSandbox } from '../../src/sandbox/index.js';

type Merchant = ReturnType<typeof createMerchantApp>;
let merchant: Merchant | undefined;

// The merchant must listen before the sandbox exists (the sandbox needs its webhook URL), so it delegates late.
const merchantServer = serve({ fetch: (request) => (merchant as Merchant).app.fetch(request), port: 0 });
await new Promise((resolve) => merchantServer.once('listening', resolve));
const merchantUrl = `http://127.0.0.1:${(merchantServer.address() as AddressInfo).port}`;

const sandbox = createSandbox({
  dbPath: ':memory:',
  asyncVerifyDelayMs: 50,
  webhookRetryBaseMs: 20,
  webhookUrl: `${merchantUrl}/api/webhooks`,
});
const sandboxServer = await sandbox.listen(0);
merchant = createMerchantApp({
  sandboxApiUrl: sandboxServer.url,
  sandboxPublicUrl: sandboxServer.url,
  projectId: sandbox.project.id,
  secret: sandbox.project.secret,
  returnUrl: `${merchantUrl}/`,
  dbPath: ':memory:',
});

afterAll(async () => {
  await sandboxServer.close();
  await sandbox.close();
  merchantServer.close();
  merchant?.close();
});

async function json<T>(response: Response): Promise<T> {
  return (await response.json()) as T;
}

describe('webhooks from the sandbox to the merchant server', () => {
  it('delivers a signed token.verified that the merchant verifies and records once', async () => {
    const cookieJar: { cookie: string } = { cookie: '' };
    const checkoutResponse = await fetch(`${merchantUrl}/api/checkout`, { method: 'POST' });
    cookieJar.cookie = (checkoutResponse.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const { customerId, tokenId } = await json<{ customerId: string; tokenId: string }>(checkoutResponse);

    const publicAuth = `Basic ${Buffer.from(`${sandbox.project.id}:`).toString('base64')}`;
    const { gateway_configurations } = await json<{ gateway_configurations: { id: string }[] }>(
      await fetch(
        `${sandboxServer.url}/gateway-configurations?filter=alternative-payment-methods-with-tokenization`,
        {
          headers: { authorization: publicAuth },
        },
      ),
    );
    const page = `${sandboxServer.url}/checkout/${sandbox.project.id}/${customerId}/${tokenId}/redirect/${gateway_configurations[0]?.id}`;
    const outcome = await json<{ delivery: { message: { data: string } } }>(
      await fetch(`${page}/outcome`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ outcome: 'approve-async', state: 'webhook-test' }),
      }),
    );
    const saved = await json<{ token: { verification_status: string } }>(
      await fetch(`${merchantUrl}/api/tokens/save`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: cookieJar.cookie },
        body: JSON.stringify({ customerId, tokenId, token: outcome.delivery.message.data }),
      }),
    );
    expect(saved.token.verification_status).toBe('pending');

    await expect
      .poll(() => merchant?.webhooks.received.map((event) => event.event_type), { timeout: 5000 })
      .toContain('token.verified');
    const verified = merchant?.webhooks.received.filter((event) => event.event_type === 'token.verified');
    expect(verified).toHaveLength(1);
    expect(JSON.stringify(verified?.[0]?.data)).toContain(tokenId);
  });
});
