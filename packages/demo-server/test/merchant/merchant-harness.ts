import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createMerchantApp } from '../../src/merchant/index.js';
import { createSandbox } from '../../src/sandbox/index.js';

/** The fields the tests read from merchant responses. */
export interface MerchantBody {
  success: boolean;
  error_type?: string;
  invalid_fields?: string[];
  message?: string;
  duplicate?: boolean;
  matched?: boolean;
  projectId: string;
  customerId: string;
  tokenId: string;
  customerSession: string;
  /** A signed-in shopper's blank token for pay and save (`POST /api/invoices`); null for a guest. */
  saveTokenId: string | null;
  shopper: { id: string; name: string } | null;
  token: Record<string, unknown>;
  tokens: Record<string, unknown>[];
  invoice: { id: string; amount: string; currency: string; status: string; [field: string]: unknown };
  transaction: Record<string, unknown>;
  order: OrderBody;
  orders: OrderBody[];
}
export interface OrderBody {
  id: string;
  status: string;
  amount: string;
  captured_amount: string;
  refunded_amount: string;
  disputed: boolean;
  invoice_id: string | null;
  last_error: string | null;
  [field: string]: unknown;
}

export interface HarnessOptions {
  /** The merchant's database file; `:memory:` (the default) does not survive `restart()`. */
  dbPath?: string;
  webhookRetryBaseMs?: number;
}

type Merchant = ReturnType<typeof createMerchantApp>;

/**
 * A real sandbox on a random port and the merchant server listening on
 * another, the sandbox's webhook URL pointing at it; `browser()` is one
 * browser's cookie jar against the merchant.
 */
export async function startMerchant(options: HarnessOptions = {}) {
  let merchant: Merchant | undefined;
  // The merchant must listen before the sandbox exists (the sandbox needs its webhook URL), so it delegates late.
  const merchantServer = serve({ fetch: (request) => (merchant as Merchant).app.fetch(request), port: 0 });
  await new Promise((resolve) => merchantServer.once('listening', resolve));
  const merchantUrl = `http://127.0.0.1:${(merchantServer.address() as AddressInfo).port}`;

  const sandbox = createSandbox({
    dbPath: ':memory:',
    asyncVerifyDelayMs: 50,
    webhookRetryBaseMs: options.webhookRetryBaseMs ?? 20,
    webhookUrl: `${merchantUrl}/api/webhooks`,
  });
  const server = await sandbox.listen(0);
  const start = () =>
    createMerchantApp({
      sandboxApiUrl: server.url,
      sandboxPublicUrl: server.url,
      projectId: sandbox.project.id,
      secret: sandbox.project.secret,
      returnUrl: 'http://shop.example/checkout',
      dbPath: options.dbPath ?? ':memory:',
    });
  merchant = start();
  const secretAuth = `Basic ${Buffer.from(`${sandbox.project.id}:${sandbox.project.secret}`).toString('base64')}`;

  function browser() {
    let cookie = '';
    async function call(method: string, path: string, body?: unknown) {
      const response = await fetch(`${merchantUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const setCookie = response.headers.get('set-cookie');
      if (setCookie) cookie = setCookie.split(';')[0] ?? '';
      const text = await response.text();
      return { status: response.status, text, json: JSON.parse(text) as MerchantBody };
    }
    /** The session cookie this browser holds, for requests made outside `call` (an EventSource). */
    call.cookie = () => cookie;
    return call;
  }

  /** A call to the sandbox API with the secret key, as the merchant (or a test checking its records) makes. */
  async function sandboxCall(method: string, path: string, body?: Record<string, unknown>) {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: { authorization: secretAuth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  }

  /** An APM the widget would list for that query (public key, as the browser asks): the first, or by name. */
  async function configId(query: string, gateway?: string): Promise<string | undefined> {
    const publicAuth = `Basic ${Buffer.from(`${sandbox.project.id}:`).toString('base64')}`;
    const list = await fetch(`${server.url}/gateway-configurations?${query}`, {
      headers: { authorization: publicAuth },
    }).then(
      (r) => r.json() as Promise<{ gateway_configurations: { id: string; gateway: { name: string } }[] }>,
    );
    const configs = list.gateway_configurations;
    return (gateway ? configs.find((c) => c.gateway.name === gateway) : configs[0])?.id;
  }
  const firstConfigId = (query: string) => configId(query);

  /** Plays the shopper approving on the hosted page, which mints a gateway request token. */
  async function approve(
    customerId: string,
    tokenId: string,
    outcome = 'approve',
    { gateway, ...extra }: { gateway?: string; [field: string]: unknown } = {},
  ): Promise<string> {
    const config = await configId('filter=alternative-payment-methods-with-tokenization', gateway);
    return decide(`${customerId}/${tokenId}/redirect/${config}`, outcome, extra);
  }

  /** Same, on the invoice's hosted payment page. */
  async function approveInvoice(invoiceId: string, outcome = 'approve'): Promise<string> {
    const configId = await firstConfigId(`filter=alternative-payment-methods&invoice_id=${invoiceId}`);
    return decide(`${invoiceId}/redirect/${configId}`, outcome);
  }

  let attempts = 0;
  /** One widget attempt on a hosted page: each has its own state, which takes one decision. */
  async function decide(pagePath: string, outcome: string, extra: Record<string, unknown> = {}) {
    const page = `${server.url}/checkout/${sandbox.project.id}/${pagePath}`;
    const result = await fetch(`${page}/outcome`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ outcome, state: `test-state-${++attempts}`, ...extra }),
    }).then((r) => r.json() as Promise<{ delivery: { message: { data: string } } }>);
    return result.delivery.message.data;
  }

  /** The sandbox's events of one type that name this ID, read with the secret key as a merchant would. */
  async function eventsFor(id: string, type: string): Promise<unknown[]> {
    const { json } = await sandboxCall('GET', '/events');
    const events = json.events as { type: string; data: unknown }[];
    return events.filter((e) => e.type === type && JSON.stringify(e.data).includes(id));
  }

  /** A signed-in shopper with a saved, chargeable method: the browser, its customer and the token. */
  async function shopperWithSavedMethod(shopper = 'ada') {
    const call = browser();
    await call('POST', '/api/sign-in', { shopper });
    const { customerId, tokenId } = (await call('POST', '/api/checkout')).json;
    const token = await approve(customerId, tokenId);
    await call('POST', '/api/tokens/save', { customerId, tokenId, token });
    return { call, customerId, tokenId };
  }

  return {
    sandbox,
    server,
    merchantUrl,
    get merchant(): Merchant {
      return merchant as Merchant;
    },
    browser,
    sandboxCall,
    approve,
    approveInvoice,
    decide,
    eventsFor,
    shopperWithSavedMethod,
    /** Stops the merchant server's process state and starts it again on the same database file. */
    restart() {
      merchant?.close();
      merchant = start();
    },
    close: async () => {
      merchant?.close();
      await server.close();
      await sandbox.close();
      await new Promise((resolve) => merchantServer.close(resolve));
    },
  };
}
