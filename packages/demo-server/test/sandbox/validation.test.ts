import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

describe('input validation', () => {
  it('lists every invalid field', async () => {
    const res = await t.api('POST', '/customers', {
      email: 'not-an-email',
      currency: 'XXX',
      return_url: 'ftp',
    });
    expect(res.status).toBe(400);
    expect(res.body.error_type).toBe('request.validation-error');
    expect(res.body.invalid_fields.sort()).toEqual(['currency', 'email', 'return_url']);
  });

  it('accepts http(s) and app-scheme return URLs but never script-bearing ones', async () => {
    for (const url of ['https://shop.example/r', 'http://127.0.0.1:5173/', 'yourapp://processout.return']) {
      expect((await t.api('POST', '/customers', { return_url: url })).status).toBe(200);
    }
    for (const url of [
      'javascript:alert(1)',
      'data:text/html,<b>',
      'JAVASCRIPT://x%0aalert(1)',
      'vbscript:x',
      '/relative',
    ]) {
      const res = await t.api('POST', '/customers', { return_url: url });
      expect(res.status, url).toBe(400);
    }
  });

  it('rejects malformed JSON', async () => {
    const res = await fetch(`${t.url}/customers`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Basic ${Buffer.from(`${t.project.id}:${t.project.secret}`).toString('base64')}`,
      },
      body: '{"first_name":',
    });
    expect(res.status).toBe(400);
  });

  it('refuses bodies over the size limit with 413', async () => {
    const res = await t.api('POST', '/customers', { first_name: 'x'.repeat(70_000) });
    expect(res.status).toBe(413);
    expect(res.body.error_type).toBe('request.too-large');
  });

  it('answers unknown endpoints with resource.not-found', async () => {
    const res = await t.api('GET', '/nope');
    expect(res.status).toBe(404);
    expect(res.body.error_type).toBe('resource.not-found');
  });
});
