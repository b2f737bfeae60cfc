import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMerchantApp, merchantListener } from '../../src/merchant/index.js';
import { issueSession } from '../../src/sandbox/http/session-credential.js';
import { createSandbox, type ListeningSandbox, type Sandbox } from '../../src/sandbox/index.js';

/** What the fuzzer knows exists: real IDs of the fuzzed project, and of another project in the same file. */
export interface Fixtures {
  project: string;
  customer: string[];
  token: string[];
  invoice: string[];
  config: string[];
  /** Configurations whose APM tokenizes (a token page's), and that take the pending invoice's currency. */
  tokenConfig: string[];
  payConfig: string[];
  event: string[];
  transaction: string[];
  refund: string[];
  checkoutSession: string[];
  gatewayRequest: string[];
  state: string[];
  order: string[];
  logo: string[];
  /** The widget's build files the sandbox serves (`i18n/…` has a slash of its own). */
  asset: string[];
  /** The merchant's session cookie of a signed-in shopper. */
  cookie: string;
  /** A token of `customer[0]`, for the routes that nest one under the other. */
  pairs: Array<{ customer: string; token: string }>;
}

export interface Credentials {
  secret: string;
  public: string;
  session: string;
  /** Signed with the right secret, for the right customer, 15 minutes past its expiry. */
  expiredSession: string;
  otherSecret: string;
  otherPublic: string;
  otherSession: string;
  wrongSecret: string;
}

const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely, field by field
type Json = Record<string, any>;

/**
 * Two sandboxes sharing one real SQLite file (so another project's IDs name
 * real rows), and the merchant server on its own file, the sandbox's webhooks
 * pointed at it; all in a temporary folder, all on real ports.
 */
export async function startWorld() {
  const dir = mkdtempSync(join(tmpdir(), 'paydrop-fuzz-'));
  const dbPath = join(dir, 'sandbox.db');

  let merchant: ReturnType<typeof createMerchantApp> | undefined;
  const listener = merchantListener((request) =>
    (merchant as NonNullable<typeof merchant>).app.fetch(request),
  );
  const merchantServer: Server = createServer((req, res) => void listener(req, res));
  await new Promise<void>((resolve) => merchantServer.listen(0, '127.0.0.1', resolve));
  const merchantUrl = `http://127.0.0.1:${(merchantServer.address() as AddressInfo).port}`;

  const common = { dbPath, asyncVerifyDelayMs: 50, webhookRetryBaseMs: 20, webhookRetryWindowMs: 2_000 };
  const mine: Sandbox = createSandbox({ ...common, webhookUrl: `${merchantUrl}/api/webhooks` });
  const theirs: Sandbox = createSandbox({
    ...common,
    projectId: 'test-proj_theirsFuzzingTheSameDatabase00',
    projectSecret: 'key_sandbox_theirsFuzzingTheSameDatabase0',
  });
  const mineServer: ListeningSandbox = await mine.listen(0);
  const theirsServer: ListeningSandbox = await theirs.listen(0);
  // The merchant reaches the sandbox through a recording proxy: what it asks for must be a sandbox route.
  const proxy = await recordingProxy(mineServer.url);
  merchant = createMerchantApp({
    sandboxApiUrl: proxy.url,
    sandboxPublicUrl: mineServer.url,
    projectId: mine.project.id,
    secret: mine.project.secret,
    returnUrl: 'http://shop.example/checkout',
    dbPath: join(dir, 'merchant.db'),
  });

  const mineFixtures = await seed(mineServer.url, mine.project, merchantUrl);
  const theirFixtures = await seed(theirsServer.url, theirs.project, undefined);
  const customer = mineFixtures.customer[0] ?? '';
  const credentials: Credentials = {
    secret: basic(mine.project.id, mine.project.secret),
    public: basic(mine.project.id, ''),
    session: bearer(mineServer.url, mine.project, customer),
    expiredSession: `Bearer ${issueSession(mine.project.id, customer, mine.project.secret, Date.now() - 30 * 60_000).credential}`,
    otherSecret: basic(theirs.project.id, theirs.project.secret),
    otherPublic: basic(theirs.project.id, ''),
    otherSession: `Bearer ${issueSession(theirs.project.id, theirFixtures.customer[0] ?? '', theirs.project.secret, Date.now()).credential}`,
    wrongSecret: basic(mine.project.id, `${mine.project.secret.slice(0, -1)}x`),
  };

  return {
    sandboxUrl: mineServer.url,
    merchantUrl,
    project: mine.project,
    other: theirs.project,
    mine: mineFixtures,
    theirs: theirFixtures,
    credentials,
    sandboxApp: mine.app,
    merchantApp: merchant.app,
    merchantSecret: mine.project.secret,
    /** `METHOD target` of each call the merchant made to the sandbox since the last take. */
    takeMerchantCalls: proxy.take,
    close: async () => {
      await proxy.close();
      await new Promise<void>((resolve) => {
        merchantServer.close(() => resolve());
        merchantServer.closeAllConnections();
      });
      await theirsServer.close();
      await mineServer.close();
      await theirs.close();
      await mine.close();
      merchant?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type World = Awaited<ReturnType<typeof startWorld>>;

/** Forwards to `target` as is, and keeps each request line it forwarded. */
async function recordingProxy(target: string) {
  const { hostname, port } = new URL(target);
  let calls: string[] = [];
  const server = createServer((req, res) => {
    calls.push(`${req.method} ${req.url}`);
    const upstream = request(
      { host: hostname, port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    take: () => {
      const taken = calls;
      calls = [];
      return taken;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function bearer(_url: string, project: { id: string; secret: string }, customer: string): string {
  return `Bearer ${issueSession(project.id, customer, project.secret, Date.now() + 6 * 60 * 60_000).credential}`;
}

/** One of each resource, in the states that matter: blank and saved tokens, pending and paid invoices. */
async function seed(url: string, project: { id: string; secret: string }, merchantUrl: string | undefined) {
  const auth = basic(project.id, project.secret);
  const call = async (method: string, path: string, body?: Json, authorization: string | null = auth) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization) headers.authorization = authorization;
    const response = await fetch(`${url}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json()) as Json;
    if (!json.success) throw new Error(`seeding ${method} ${path}: ${JSON.stringify(json)}`);
    return json;
  };
  const configs = (
    await call(
      'GET',
      '/gateway-configurations?filter=alternative-payment-methods-with-tokenization',
      undefined,
      basic(project.id, ''),
    )
  ).gateway_configurations as Json[];
  const oneOff = (await call('GET', '/gateway-configurations', undefined, basic(project.id, '')))
    .gateway_configurations as Json[];
  const config = String(configs.find((c) => c.gateway.name === 'paypal')?.id ?? configs[0]?.id);
  const f: Fixtures = {
    project: project.id,
    customer: [],
    token: [],
    invoice: [],
    config: [...new Set([...configs, ...oneOff].map((c) => String(c.id)))],
    tokenConfig: configs.map((c) => String(c.id)),
    payConfig: [],
    event: [],
    transaction: [],
    refund: [],
    checkoutSession: [],
    gatewayRequest: [],
    state: [],
    order: [],
    logo: ['paypal', 'ideal', 'nope', '..%2Fpaypal'],
    asset: ['paydrop.js', 'saved.mjs', 'resume.mjs', 'i18n/fr.mjs', 'i18n/zz.mjs', 'i18n/../../package.json'],
    pairs: [],
    cookie: '',
  };
  const customer = (
    await call('POST', '/customers', {
      first_name: 'Fuzz',
      currency: 'EUR',
      email: 'fuzz@example.com',
      return_url: 'https://shop.example/return',
    })
  ).customer.id as string;
  f.customer.push(customer);
  let states = 0;
  const decide = async (page: string, outcome: string) => {
    const state = `fuzzseed${project.id.slice(-4)}${++states}`;
    f.state.push(state);
    const r = await call('POST', `/checkout/${project.id}/${page}/outcome`, { outcome, state }, null);
    return String(r.delivery.message.data ?? '');
  };
  for (let i = 0; i < 3; i++) {
    const token = (
      await call('POST', `/customers/${customer}/tokens`, {
        return_url: 'https://shop.example/return',
        cancel_url: 'https://shop.example/cancel',
        verify: true,
      })
    ).token.id as string;
    f.token.push(token);
    f.pairs.push({ customer, token });
  }
  // token[0] saved (chargeable), token[1] blank, token[2] declined.
  const t0 = f.pairs[0] as { customer: string; token: string };
  const saved = await decide(`${customer}/${t0.token}/redirect/${config}`, 'approve');
  await call('PUT', `/customers/${customer}/tokens/${t0.token}`, { source: saved });
  f.gatewayRequest.push(await decide(`${customer}/${f.token[1]}/redirect/${config}`, 'approve'));
  await decide(`${customer}/${f.token[2]}/redirect/${config}`, 'decline');

  for (let i = 0; i < 3; i++) {
    const invoice = (
      await call('POST', '/invoices', {
        name: 'Fuzz order',
        amount: '10.00',
        currency: 'EUR',
        customer_id: customer,
        return_url: 'https://shop.example/return',
      })
    ).invoice.id as string;
    f.invoice.push(invoice);
  }
  // invoice[0] captured and part refunded, invoice[1] authorized, invoice[2] pending with a fresh gway_req.
  const paid = await call('POST', `/invoices/${f.invoice[0]}/capture`, { source: t0.token });
  f.transaction.push(String(paid.transaction.id));
  const refund = await call('POST', `/invoices/${f.invoice[0]}/refunds`, { amount: '1.00' });
  f.refund.push(String(refund.refund.id));
  const authorized = await call('POST', `/invoices/${f.invoice[1]}/authorize`, { source: t0.token });
  f.transaction.push(String(authorized.transaction.id));
  const oneOffConfig = String(oneOff.find((c) => c.gateway.name === 'paypal')?.id ?? oneOff[0]?.id);
  const forInvoice = (
    await call('GET', `/gateway-configurations?invoice_id=${f.invoice[2]}`, undefined, basic(project.id, ''))
  ).gateway_configurations as Json[];
  f.payConfig.push(...forInvoice.map((c) => String(c.id)));
  f.gatewayRequest.push(await decide(`${f.invoice[2]}/redirect/${oneOffConfig}`, 'approve'));

  const session = await call('POST', '/checkout-sessions', {
    mode: 'token',
    customer_id: customer,
    success_url: 'https://shop.example/done',
    cancel_url: 'https://shop.example/cancel',
  });
  f.checkoutSession.push(String(session.checkout_session.id));
  const payment = await call('POST', '/checkout-sessions', {
    mode: 'payment',
    invoice_id: f.invoice[2],
    success_url: 'https://shop.example/done',
    cancel_url: 'yourapp://shop/cancel',
  });
  f.checkoutSession.push(String(payment.checkout_session.id));

  const events = (await call('GET', '/events')).events as Json[];
  f.event.push(...events.slice(0, 3).map((e) => String(e.id)));
  if (merchantUrl) {
    // An order the merchant knows, so its order routes reach the sandbox.
    const signIn = await fetch(`${merchantUrl}/api/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"shopper":"ada"}',
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const created = (await (
      await fetch(`${merchantUrl}/api/invoices`, { method: 'POST', headers: { cookie } })
    ).json()) as Json;
    f.cookie = cookie;
    if (created.order?.id) f.order.push(String(created.order.id));
    f.order.push('ord_unknown');
  }
  return f;
}
