import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { merchantListener } from '../../src/merchant/index.js';
import { rawExchange } from '../sandbox/raw-http.js';
import { startMerchant } from './merchant-harness.js';

/** Found by the fuzz suite (test/fuzz): merchant refusals that lost their shape on the way out. */
let h: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  h = await startMerchant();
});
afterAll(() => h.close());

describe('merchant refusals', () => {
  it('a sandbox validation error passed on names the field, as the browser named it', async () => {
    const { call, tokenId } = await h.shopperWithSavedMethod();
    // The merchant's own check lets four decimals through; the sandbox refuses them for EUR.
    const res = await call('POST', '/api/orders/charge-saved-method', {
      tokenId,
      amount: '0.001',
      attempt: 'attempt-0001',
    });
    expect(res.status).toBe(422);
    expect(res.json).toMatchObject({ error_type: 'request.validation-error', invalid_fields: ['amount'] });
  });

  it('what the Hono adapter refuses by itself (a backslash in the path) is JSON with an error_type', async () => {
    const server = createServer(
      (req, res) => void merchantListener((request) => h.merchant.app.fetch(request))(req, res),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const answer = await rawExchange(
        url,
        `GET /api/a\\b HTTP/1.1\r\nHost: ${new URL(url).host}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer.status).toBe(400);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body)).toMatchObject({ success: false, error_type: 'request.malformed' });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('a body that is not a JSON object is refused as such, not read as one with every field missing', async () => {
    const call = h.browser();
    const post = (body: string, type: string) =>
      fetch(`${h.merchantUrl}/api/sign-in`, { method: 'POST', headers: { 'content-type': type }, body }).then(
        async (r) => ({ status: r.status, json: (await r.json()) as Record<string, unknown> }),
      );
    expect(await post('shopper=ada', 'application/x-www-form-urlencoded')).toMatchObject({
      status: 415,
      json: { error_type: 'request.unsupported-media-type' },
    });
    expect(await post('null', 'application/json')).toMatchObject({
      status: 400,
      json: { error_type: 'request.malformed-json' },
    });
    expect(await post('{"shopper":', 'application/json')).toMatchObject({
      status: 400,
      json: { error_type: 'request.malformed-json' },
    });
    // No body at all: the field it lacks is named (it was "" before).
    const empty = await call('POST', '/api/sign-in');
    expect(empty.status).toBe(400);
    expect(empty.json.invalid_fields).toEqual(['shopper']);
  });
});
