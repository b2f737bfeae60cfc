import { afterEach, describe, expect, it } from 'vitest';
import { showPage, tokenFlow } from './flow-relay-helpers.js';
import { startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
afterEach(() => t.close());

const DEMO = 'http://127.0.0.1:5173';

/** Sets the settings as the demo page does; returns the cookie the browser would keep. */
async function put(settings: Record<string, boolean>, cookie?: string) {
  const response = await fetch(`${t.url}/hosted-page-settings`, {
    method: 'PUT',
    headers: { origin: DEMO, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(settings),
  });
  return { response, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
}

async function pageWith(cookie?: string) {
  const { page, state } = await tokenFlow(t);
  const response = await fetch(`${t.url}${page}?state=${state}`, { headers: cookie ? { cookie } : {} });
  return { response, html: await response.text() };
}

describe('hosted page settings (a real provider page’s habits)', () => {
  it('sends no Cross-Origin-Opener-Policy and delivers the message by default', async () => {
    t = await startSandbox();
    const { response, html } = await pageWith();
    expect(response.headers.get('cross-origin-opener-policy')).toBeNull();
    expect(html).not.toContain('data-close-without-message');
  });

  it('sends Cross-Origin-Opener-Policy: same-origin on every hosted page when the sandbox is told to', async () => {
    t = await startSandbox({ hostedPage: { coop: true } });
    const { page, state } = await tokenFlow(t);
    expect((await showPage(t, page, state)).headers.get('cross-origin-opener-policy')).toBe('same-origin');
    const form = await fetch(`${t.url}${page}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `outcome=cancel&state=${state}`,
    });
    expect(form.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    // The error pages too: a provider's headers do not depend on the outcome.
    expect((await showPage(t, page, state)).headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('lets one browser choose for itself with a cookie, leaving the others on the defaults', async () => {
    t = await startSandbox();
    const { response, cookie } = await put({ coop: true, close_without_message: true });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(DEMO);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(await response.json()).toEqual({
      success: true,
      settings: { coop: true, close_without_message: true },
    });
    expect(cookie).toBe('paydrop_hosted_page=coop%2Cclose-without-message');

    const mine = await pageWith(cookie);
    expect(mine.response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(mine.html).toContain('data-close-without-message');
    const someoneElse = await pageWith();
    expect(someoneElse.response.headers.get('cross-origin-opener-policy')).toBeNull();

    const read = await fetch(`${t.url}/hosted-page-settings`, { headers: { cookie } });
    expect(await read.json()).toEqual({
      success: true,
      settings: { coop: true, close_without_message: true },
    });
  });

  it('turns a setting off again for that browser even when the sandbox default is on', async () => {
    t = await startSandbox({ hostedPage: { coop: true } });
    const { cookie } = await put({ coop: false });
    expect(cookie).toBe('paydrop_hosted_page=none');
    expect((await pageWith(cookie)).response.headers.get('cross-origin-opener-policy')).toBeNull();
  });

  it('rejects settings that are not booleans', async () => {
    t = await startSandbox();
    const { response } = await put({ coop: 'yes' as unknown as boolean });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { invalid_fields: string[] }).invalid_fields).toEqual(['coop']);
  });

  // Found by the fuzz suite: the CORS grant echoed any Origin, `yourapp://shop` and `https://a.example;x` included.
  it('grants CORS only to a well-formed http(s) origin, never echoing what it cannot check', async () => {
    t = await startSandbox();
    for (const origin of [
      'yourapp://shop',
      'https://shop.example;fzinj',
      'https://shop.example fzinj',
      'null',
    ]) {
      for (const method of ['PUT', 'OPTIONS']) {
        const response = await fetch(`${t.url}/hosted-page-settings`, {
          method,
          headers: { origin, 'content-type': 'application/json', 'access-control-request-method': 'PUT' },
          body: method === 'PUT' ? '{"coop":true}' : undefined,
        });
        expect(response.headers.get('access-control-allow-origin'), `${method} from ${origin}`).toBeNull();
      }
    }
    const { response } = await put({ coop: true });
    expect(response.headers.get('access-control-allow-origin')).toBe(DEMO);
  });
});
