import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, pagePath, readToken, SUCCESS_URL } from './checkout-session-helpers.js';
import { configId, decide, type Resource, startSandbox, type TestSandbox, tokenPagePath } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

/** What the page's script posts after the drop-in's flow: Confirm with the flow's gateway request. */
async function confirmWithSource(session: Resource, source: unknown, conf = '') {
  return confirmWith(session, String(source), conf);
}

async function confirmWith(session: Resource, source: string, conf: string) {
  const body = new URLSearchParams({
    action: 'confirm',
    source,
    ...(conf ? { gateway_configuration_id: conf } : {}),
  });
  const res = await fetch(`${t.url}${pagePath(session)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

describe('the checkout-session page on the drop-in', () => {
  it('loads the widget bundle and its session script, with the drop-in target in data attributes', async () => {
    const session = await createSession(t);
    const page = await fetch(`${t.url}${pagePath(session)}`);
    const html = await page.text();
    expect(html).toContain('<script src="/assets/paydrop.js" defer></script>');
    expect(html).toContain('<script src="/assets/session.js" defer></script>');
    expect(html).toContain(`data-project-id="${t.project.id}"`);
    expect(html).toContain(`data-token-id="${session.token_id}"`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const script = await fetch(`${t.url}/assets/session.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
  });

  it('serves what the widget loads from next to itself: saved methods, a resumed flow, a locale', async () => {
    const built = existsSync(new URL('../../../widget/dist/resume.mjs', import.meta.url));
    for (const file of ['saved.mjs', 'resume.mjs', 'i18n/fr.mjs']) {
      const res = await fetch(`${t.url}/assets/${file}`);
      // Before `pnpm build` the route still takes the name, and says the file is missing.
      if (built) expect(res.headers.get('content-type'), file).toMatch(/^text\/javascript/);
      else expect(await res.json(), file).toMatchObject({ message: expect.stringMatching(/Widget file/) });
      expect(res.status, file).toBe(built ? 200 : 404);
    }
    expect(await (await fetch(`${t.url}/assets/chunks.mjs`)).text()).not.toMatch(/Widget file/);
  });

  it('has the APM page answer the session page, and saves the token with the flow’s gateway request', async () => {
    const session = await createSession(t);
    const klarna = await configId(t, 'klarna');
    const apmPage = tokenPagePath(t, String(session.customer_id), String(session.token_id), klarna);
    const decided = await decide(t, apmPage, 'approve');
    // The APM page posts to the page that opened it (the session page, this sandbox), not a merchant URL.
    expect(decided.body.delivery.target_origin).toBe(t.url);
    const source = decided.body.delivery.message.data as string;
    const done = await confirmWithSource(session, source, 'gway_conf_ignored');
    expect(done.status).toBe(303);
    expect(done.location).toBe(`${SUCCESS_URL}&checkout_session_id=${session.id}`);
    expect(await readToken(t, session)).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
      gateway_configuration_id: klarna,
    });
    const read = (await t.api('GET', `/checkout-sessions/${session.id}`)).body.checkout_session;
    expect(read).toMatchObject({ status: 'complete', gateway_configuration_id: klarna });
  });

  it('refuses another target’s gateway request and leaves the session open', async () => {
    const session = await createSession(t);
    const other = await createSession(t);
    const paypal = await configId(t, 'paypal');
    const theirs = await decide(
      t,
      tokenPagePath(t, String(other.customer_id), String(other.token_id), paypal),
      'approve',
    );
    const refused = await confirmWithSource(session, theirs.body.delivery.message.data);
    expect(refused.status).toBe(400);
    expect((await readToken(t, session)).type).toBe('pending');
    expect((await t.api('GET', `/checkout-sessions/${session.id}`)).body.checkout_session.status).toBe(
      'open',
    );
  });

  it('authorizes a payment-mode session’s invoice with the flow’s gateway request', async () => {
    const customer = (await t.api('POST', '/customers', { first_name: 'Jo', currency: 'EUR' })).body.customer;
    const invoice = (
      await t.api('POST', '/invoices', {
        customer_id: customer.id,
        name: 'Beans',
        amount: '12.00',
        currency: 'EUR',
        return_url: 'https://shop.example/return',
      })
    ).body.invoice;
    const session = await createSession(t, {
      mode: 'payment',
      invoice_id: invoice.id,
      customer: null,
      customer_id: customer.id,
    });
    const paypal = await configId(t, 'paypal');
    const decided = await decide(t, `/checkout/${t.project.id}/${invoice.id}/redirect/${paypal}`, 'approve');
    expect(decided.body.delivery.target_origin).toBe(t.url);
    const done = await confirmWithSource(session, decided.body.delivery.message.data);
    expect(done.status).toBe(303);
    expect((await t.api('GET', `/invoices/${invoice.id}`)).body.invoice).toMatchObject({
      status: 'authorized',
      transaction: { gateway_configuration_id: paypal },
    });
  });
});
