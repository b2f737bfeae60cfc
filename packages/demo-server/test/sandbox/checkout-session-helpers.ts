import { configId, type Resource, type TestSandbox } from './helpers.js';

export const SUCCESS_URL = 'https://shop.example/done?cart=42';
export const CANCEL_URL = 'https://shop.example/cancel';

/** A token-mode session for a new inline customer, unless `fields` says otherwise. */
export async function createSession(t: TestSandbox, fields: Record<string, unknown> = {}) {
  const res = await t.api('POST', '/checkout-sessions', {
    mode: 'token',
    customer: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', currency: 'EUR' },
    success_url: SUCCESS_URL,
    cancel_url: CANCEL_URL,
    ...fields,
  });
  if (res.status !== 200) throw new Error(`session not created: ${res.text}`);
  return res.body.checkout_session;
}

export const pagePath = (session: Resource) => new URL(String(session.url)).pathname;

/** What the page's form sends when the shopper clicks a button; the redirect is left for the test to read. */
export async function submit(
  t: TestSandbox,
  session: Resource,
  action: 'confirm' | 'cancel',
  gatewayConfigurationId?: string,
  query = '',
) {
  const body = new URLSearchParams({ action });
  if (gatewayConfigurationId) body.set('gateway_configuration_id', gatewayConfigurationId);
  const res = await fetch(`${t.url}${pagePath(session)}${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
    redirect: 'manual',
  });
  return { status: res.status, location: res.headers.get('location'), html: await res.text() };
}

export async function confirmWith(t: TestSandbox, session: Resource, gateway = 'paypal') {
  return submit(t, session, 'confirm', await configId(t, gateway));
}

export async function readToken(t: TestSandbox, session: Resource) {
  return (await t.api('GET', `/customers/${session.customer_id}/tokens/${session.token_id}`)).body.token;
}
