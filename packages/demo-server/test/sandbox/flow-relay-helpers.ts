import { configId, createCustomerAndToken, type TestSandbox, tokenPagePath } from './helpers.js';

export const SHOP = 'https://shop.example';

/** A blank token whose return_url is on SHOP, its PayPal page, and a fresh state the widget would make. */
export async function tokenFlow(t: TestSandbox, gateway = 'paypal') {
  const { customer, token } = await createCustomerAndToken(t, { return_url: `${SHOP}/return`, verify: true });
  const page = tokenPagePath(t, customer.id, token.id, await configId(t, gateway));
  const state = `st_${Math.random().toString(36).slice(2)}`;
  return { customer, token, page, state };
}

/** The hosted page as the popup loads it: this registers the flow with the relay. */
export const showPage = (t: TestSandbox, page: string, state: string) =>
  fetch(`${t.url}${page}?state=${state}`);

/** The shopper's click on the page, as its script posts it. */
export async function choose(t: TestSandbox, page: string, state: string, outcome: string) {
  return t.api('POST', `${page}/outcome`, { outcome, state }, { auth: 'none' });
}

/** The relay as the widget calls it from the merchant page (`Origin` = the return_url's origin by default). */
export async function relay(
  t: TestSandbox,
  state: string,
  options: { origin?: string | null; method?: 'GET' | 'POST'; projectId?: string } = {},
) {
  const { origin = SHOP, method = 'GET', projectId = t.project.id } = options;
  const headers: Record<string, string> = origin ? { origin } : {};
  const path = `/checkout/flows/${state}${method === 'POST' ? '/cancel' : ''}?project_id=${projectId}`;
  const response = await fetch(`${t.url}${path}`, { method, headers });
  const body = (await response.json()) as {
    success: boolean;
    error_type?: string;
    flow?: { status: string; token: string | null; error_code: string | null } & Record<string, unknown>;
  };
  return { status: response.status, body, allowOrigin: response.headers.get('access-control-allow-origin') };
}
