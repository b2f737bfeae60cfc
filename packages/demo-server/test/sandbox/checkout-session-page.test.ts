import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CANCEL_URL,
  confirmWith,
  createSession,
  pagePath,
  readToken,
  submit,
} from './checkout-session-helpers.js';
import { startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

describe('the hosted checkout-session page', () => {
  it('lists the tokenization-capable APMs with Confirm and Cancel under a strict CSP', async () => {
    const session = await createSession(t);
    const res = await fetch(`${t.url}${pagePath(session)}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    // The 303 after the form post is checked against form-action, so the registered origin is allowed.
    expect(csp).toContain("form-action 'self' https://shop.example;");
    const html = await res.text();
    for (const name of ['PayPal', 'Klarna', 'Bancontact', 'Swish'])
      expect(html).toContain(`<span>${name}</span>`);
    for (const name of ['iDEAL', 'BLIK', 'Alipay']) expect(html).not.toContain(`<span>${name}</span>`);
    expect(html).toContain('value="confirm" class="primary">Confirm</button>');
    expect(html).toContain('>Cancel</button>');
    expect(html).not.toMatch(/<script>|<style>| on[a-z]+=/i);
  });

  it('allows an app scheme in form-action when one is registered', async () => {
    const session = await createSession(t, { success_url: 'yourapp://checkout/done' });
    const res = await fetch(`${t.url}${pagePath(session)}`);
    expect(res.headers.get('content-security-policy')).toContain(
      "form-action 'self' yourapp: https://shop.example;",
    );
    const { location } = await confirmWith(t, session);
    expect(location).toBe(`yourapp://checkout/done?checkout_session_id=${session.id}`);
  });

  it('redirects only to the URLs registered on the session', async () => {
    const session = await createSession(t);
    const evil =
      '?success_url=https://evil.example&cancel_url=https://evil.example&redirect=https://evil.example';
    const canceled = await submit(t, session, 'cancel', undefined, evil);
    expect(canceled.location).toBe(`${CANCEL_URL}?checkout_session_id=${session.id}`);
    const other = await createSession(t);
    const body = new URLSearchParams({ action: 'cancel', cancel_url: 'https://evil.example' });
    const res = await fetch(`${t.url}${pagePath(other)}`, { method: 'POST', body, redirect: 'manual' });
    expect(res.headers.get('location')).toBe(`${CANCEL_URL}?checkout_session_id=${other.id}`);
  });

  it('refuses a second completion with a 409 page', async () => {
    const session = await createSession(t);
    expect((await confirmWith(t, session)).status).toBe(303);
    const again = await confirmWith(t, session, 'klarna');
    expect(again.status).toBe(409);
    expect(again.location).toBeNull();
    expect(again.html).toContain('already completed');
    expect((await readToken(t, session)).gateway_configuration_id).not.toBeNull();
    const page = await fetch(`${t.url}${pagePath(session)}`);
    expect(page.status).toBe(409);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect((await submit(t, session, 'cancel')).status).toBe(409);
  });

  it('refuses a canceled session, and completes only one of two racing confirms', async () => {
    const canceled = await createSession(t);
    await submit(t, canceled, 'cancel');
    expect((await confirmWith(t, canceled)).status).toBe(409);
    expect(await readToken(t, canceled)).toMatchObject({ type: 'pending', is_chargeable: false });

    const raced = await createSession(t);
    const results = await Promise.all([
      confirmWith(t, raced),
      confirmWith(t, raced),
      submit(t, raced, 'cancel'),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409, 409]);
  });

  it('answers 410 once the session is older than 24 hours', async () => {
    const session = await createSession(t);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 24 * 60 * 60 * 1000 + 1000);
    const page = await fetch(`${t.url}${pagePath(session)}`);
    expect(page.status).toBe(410);
    expect(await page.text()).toContain('expired');
    expect((await confirmWith(t, session)).status).toBe(410);
    const read = (await t.api('GET', `/checkout-sessions/${session.id}`)).body.checkout_session;
    expect(read.status).toBe('expired');
    expect(await readToken(t, session)).toMatchObject({ is_chargeable: false });
  });

  it('answers 404 for an unknown session', async () => {
    const res = await fetch(`${t.url}/checkout-sessions/cs_unknown/pay`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Page not found');
  });

  it('refuses a form sent from another site', async () => {
    const session = await createSession(t);
    const res = await fetch(`${t.url}${pagePath(session)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'cross-site' },
      body: 'action=cancel',
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    expect((await t.api('GET', `/checkout-sessions/${session.id}`)).body.checkout_session.status).toBe(
      'open',
    );
  });
});
