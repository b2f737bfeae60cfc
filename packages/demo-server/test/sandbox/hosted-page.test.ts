import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  configId,
  createCustomerAndToken,
  decide,
  startSandbox,
  type TestSandbox,
  tokenPagePath,
} from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

async function page(customerReturnUrl?: string, tokenReturnUrl?: string) {
  const customer = (
    await t.api('POST', '/customers', { first_name: 'Ada', return_url: customerReturnUrl ?? null })
  ).body.customer;
  const token = (
    await t.api('POST', `/customers/${customer.id}/tokens`, { return_url: tokenReturnUrl ?? null })
  ).body.token;
  return { customer, token, path: tokenPagePath(t, customer.id, token.id, await configId(t)) };
}

describe('hosted APM page (server side)', () => {
  it('renders the merchant, the APM and the four buttons under a strict CSP', async () => {
    const { path } = await page('https://shop.example/return');
    const res = await fetch(`${t.url}${path}?state=abc_123`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'none'",
      "script-src 'self'",
      "style-src 'self'",
      "img-src 'self'",
      "form-action 'self'",
      "base-uri 'none'",
    ]) {
      expect(csp).toContain(directive);
    }
    const html = await res.text();
    expect(html).toContain('Save PayPal for future payments');
    expect(html).toContain('Paydrop Demo Store');
    expect(html).toContain('src="/logos/paypal.svg"');
    for (const name of ['Approve', 'Approve (async)', 'Decline', 'Cancel'])
      expect(html).toContain(`>${name}</button>`);
    expect(html).not.toMatch(/<script>|<style>| on[a-z]+=/i);
    expect(html).toContain('<script src="/assets/hosted.js" defer></script>');
  });

  it('serves its script as a static asset', async () => {
    const res = await fetch(`${t.url}/assets/hosted.js`);
    expect(res.headers.get('content-type')).toContain('javascript');
    const js = await res.text();
    expect(js).toContain('postMessage(JSON.stringify(d.message), d.target_origin)');
    expect(js).not.toContain("'*'");
  });

  it('shows the amount on an invoice page', async () => {
    const invoice = (await t.api('POST', '/invoices', { name: 'Order', amount: '24.00', currency: 'EUR' }))
      .body.invoice;
    const res = await fetch(
      `${t.url}/checkout/${t.project.id}/${invoice.id}/redirect/${await configId(t)}?state=s`,
    );
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Pay €24.00');
  });

  it('rejects a state outside the allowed alphabet or length', async () => {
    const { path } = await page();
    for (const state of ['<script>', 'a'.repeat(129), 'a b']) {
      const res = await fetch(`${t.url}${path}?state=${encodeURIComponent(state)}`);
      expect(res.status).toBe(400);
      expect(await res.text()).not.toContain('<script>');
    }
  });

  it('answers 404 for an unknown or mismatched project, customer, token or configuration', async () => {
    const { customer, token } = await page();
    const other = await createCustomerAndToken(t);
    const conf = await configId(t);
    const ideal = await configId(t, 'ideal');
    const paths = [
      `/checkout/test-proj_other/${customer.id}/${token.id}/redirect/${conf}`,
      `/checkout/${t.project.id}/${other.customer.id}/${token.id}/redirect/${conf}`,
      `/checkout/${t.project.id}/${customer.id}/tok_unknown/redirect/${conf}`,
      `/checkout/${t.project.id}/${customer.id}/${token.id}/redirect/gway_conf_unknown`,
      // iDEAL cannot tokenize
      `/checkout/${t.project.id}/${customer.id}/${token.id}/redirect/${ideal}`,
    ];
    for (const path of paths) expect((await fetch(`${t.url}${path}?state=s`)).status).toBe(404);
  });

  it('mints a gateway request on "Approve" and delivers it to the registered return_url only', async () => {
    const { customer, token, path } = await page(
      'https://customer.example/x',
      'https://shop.example/return?cart=42',
    );
    const res = await t.api(
      'POST',
      `${path}/outcome?return_url=https://evil.example`,
      {
        outcome: 'approve',
        state: 'st4te',
        return_url: 'https://evil.example',
      },
      { auth: 'none' },
    );
    expect(res.status).toBe(200);
    const { message, target_origin, redirect_url } = res.body.delivery;
    expect(message).toEqual({
      namespace: 'processout.checkout',
      action: 'success',
      data: expect.stringMatching(/^gway_req_/),
      state: 'st4te',
    });
    expect(target_origin).toBe('https://shop.example');
    const url = new URL(redirect_url ?? '');
    expect(url.origin + url.pathname).toBe('https://shop.example/return');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      cart: '42',
      token: message.data,
      customer_id: customer.id,
      token_id: token.id,
      state: 'st4te',
    });
  });

  it('falls back to the customer return_url and reports cancel and decline as error codes', async () => {
    const { path } = await page('https://customer.example/back');
    const canceled = (await decide(t, path, 'cancel', 'st4te')).body.delivery;
    expect(canceled.message).toEqual({
      namespace: 'processout.checkout',
      action: 'canceled',
      state: 'st4te',
    });
    expect(new URL(canceled.redirect_url ?? '').searchParams.get('error_code')).toBe('customer.canceled');
    expect(new URL(canceled.redirect_url ?? '').searchParams.has('token')).toBe(false);
    const declined = (await decide(t, path, 'decline', 'an0ther')).body.delivery;
    expect(declined.message).toEqual({
      namespace: 'processout.checkout',
      action: 'error',
      code: 'gateway.declined',
      state: 'an0ther',
    });
    expect(declined.target_origin).toBe('https://customer.example');
  });

  it('skips postMessage for an app-scheme return_url but still redirects there', async () => {
    const { path } = await page(undefined, 'yourapp://processout.return');
    const { delivery } = (await decide(t, path, 'approve')).body;
    expect(delivery.target_origin).toBeNull();
    expect(delivery.redirect_url).toMatch(/^yourapp:\/\/processout\.return\?token=gway_req_/);
  });

  it('has nowhere to send the shopper when no return_url is registered', async () => {
    const { path } = await page();
    const { delivery } = (await decide(t, path, 'approve')).body;
    expect(delivery).toMatchObject({ target_origin: null, redirect_url: null });
  });

  it('answers a form post without JavaScript with a result page linking back', async () => {
    const { path } = await page('https://shop.example/return');
    const res = await fetch(`${t.url}${path}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=cancel&state=abc',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toContain('href="https://shop.example/return?error_code=customer.canceled&amp;customer_id=');
  });

  it('escapes what it echoes', async () => {
    const { path } = await page();
    const res = await fetch(`${t.url}${path}?state=abc`);
    const html = await res.text();
    expect(html).toContain('name="state" value="abc"');
    const res404 = await fetch(`${t.url}/checkout/${t.project.id}/cust_%3Cb%3E/tok_x/redirect/y?state=s`);
    expect(await res404.text()).not.toContain('<b>');
  });
});
