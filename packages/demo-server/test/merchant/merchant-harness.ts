import { createMerchantApp } from '../../src/merchant/index.js';
import { createSandbox } from '../../src/sandbox/index.js';

/** The fields the tests read from merchant responses. */
export interface MerchantBody {
  success: boolean;
  error_type?: string;
  invalid_fields?: string[];
  projectId: string;
  customerId: string;
  tokenId: string;
  token: Record<string, unknown>;
  invoice: { id: string; amount: string; currency: string; status: string; [field: string]: unknown };
  transaction: Record<string, unknown>;
}

/** A real sandbox on a random port and the merchant app in front of it, with one browser's cookie jar. */
export async function startMerchant() {
  const sandbox = createSandbox({ dbPath: ':memory:', asyncVerifyDelayMs: 50 });
  const server = await sandbox.listen(0);
  const merchant = createMerchantApp({
    sandboxApiUrl: server.url,
    sandboxPublicUrl: server.url,
    projectId: sandbox.project.id,
    secret: sandbox.project.secret,
    returnUrl: 'http://shop.example/checkout',
    dbPath: ':memory:',
  });

  function browser() {
    let cookie = '';
    return async function call(method: string, path: string, body?: unknown) {
      const response = await merchant.app.request(`http://shop.example${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0] ?? '';
      const text = await response.text();
      return { status: response.status, text, json: JSON.parse(text) as MerchantBody };
    };
  }

  /** The first APM the widget would list for that query (public key, as the browser asks). */
  async function firstConfigId(query: string): Promise<string | undefined> {
    const publicAuth = `Basic ${Buffer.from(`${sandbox.project.id}:`).toString('base64')}`;
    const list = await fetch(`${server.url}/gateway-configurations?${query}`, {
      headers: { authorization: publicAuth },
    }).then((r) => r.json() as Promise<{ gateway_configurations: { id: string }[] }>);
    return list.gateway_configurations[0]?.id;
  }

  /** Plays the shopper approving on the hosted page, which mints a gateway request token. */
  async function approve(customerId: string, tokenId: string, outcome = 'approve'): Promise<string> {
    const configId = await firstConfigId('filter=alternative-payment-methods-with-tokenization');
    return decide(`${customerId}/${tokenId}/redirect/${configId}`, outcome);
  }

  /** Same, on the invoice's hosted payment page. */
  async function approveInvoice(invoiceId: string, outcome = 'approve'): Promise<string> {
    const configId = await firstConfigId(`filter=alternative-payment-methods&invoice_id=${invoiceId}`);
    return decide(`${invoiceId}/redirect/${configId}`, outcome);
  }

  async function decide(pagePath: string, outcome: string): Promise<string> {
    const page = `${server.url}/checkout/${sandbox.project.id}/${pagePath}`;
    const result = await fetch(`${page}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome, state: 'test-state' }),
    }).then((r) => r.json() as Promise<{ delivery: { message: { data: string } } }>);
    return result.delivery.message.data;
  }

  return {
    sandbox,
    merchant,
    browser,
    approve,
    approveInvoice,
    close: async () => {
      merchant.close();
      await server.close();
      await sandbox.close();
    },
  };
}
