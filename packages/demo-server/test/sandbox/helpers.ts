import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSandbox, type SandboxOptions } from '../../src/sandbox/index.js';

/** A resource as the API returns it; tests read the fields they check. */
export type Resource = { id: string } & Record<string, unknown>;

export interface Body {
  success: boolean;
  error_type: string;
  message: string;
  invalid_fields: string[];
  customer: Resource;
  token: Resource;
  tokens: Resource[];
  invoice: Resource;
  event: Resource;
  checkout_session: Resource;
  session: Resource;
  gateway_configurations: Array<
    Resource & { gateway: Record<string, unknown> & { name: string; logo_url: string } }
  >;
  title: string;
  matched: boolean;
  delivery: { message: Record<string, string>; target_origin: string | null; redirect_url: string | null };
}

export interface CallOptions {
  /** `secret` (default), `public`, `none`, or a raw Authorization header value. */
  auth?: 'secret' | 'public' | 'none' | (string & {});
  form?: boolean;
  headers?: Record<string, string>;
}

export const basic = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** Starts a real sandbox on a random port with a fresh in-memory database. */
export async function startSandbox(options: Partial<SandboxOptions> = {}) {
  const sandbox = createSandbox({
    dbPath: ':memory:',
    asyncVerifyDelayMs: 60,
    webhookRetryBaseMs: 20,
    ...options,
  });
  const server = await sandbox.listen(0);
  const { id, secret } = sandbox.project;

  function authorization(auth: CallOptions['auth'] = 'secret'): string | undefined {
    if (auth === 'secret') return basic(id, secret);
    if (auth === 'public') return basic(id, '');
    if (auth === 'none') return undefined;
    return auth;
  }

  async function api(
    method: string,
    path: string,
    body?: Record<string, unknown>,
    options: CallOptions = {},
  ) {
    const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
    const auth = authorization(options.auth);
    if (auth) headers.authorization = auth;
    let payload: string | undefined;
    if (body && options.form) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      payload = new URLSearchParams(body as Record<string, string>).toString();
    } else if (body) {
      headers['content-type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${server.url}${path}`, { method, headers, body: payload });
    const text = await response.text();
    const json = (text.startsWith('{') ? JSON.parse(text) : {}) as Body;
    return { status: response.status, body: json, headers: response.headers, text };
  }

  return {
    sandbox,
    url: server.url,
    project: { id, secret },
    api,
    close: async () => {
      await server.close();
      await sandbox.close();
    },
  };
}

export type TestSandbox = Awaited<ReturnType<typeof startSandbox>>;

/**
 * Two projects in one database file, each served by its own sandbox: an ID of
 * the other project then names a real row, so a 404 proves the project scoping
 * rather than merely an unknown ID.
 */
export async function startTwoProjects() {
  const dir = mkdtempSync(join(tmpdir(), 'paydrop-two-'));
  const dbPath = join(dir, 'sandbox.db');
  const mine = await startSandbox({ dbPath });
  const theirs = await startSandbox({
    dbPath,
    projectId: 'test-proj_theirsSharingTheSameDatabase0',
    projectSecret: 'key_sandbox_theirsSharingTheSameDatabase',
  });
  return {
    mine,
    theirs,
    close: async () => {
      await theirs.close();
      await mine.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createCustomerAndToken(
  t: TestSandbox,
  token: Record<string, unknown> = { return_url: 'https://shop.example/return?cart=42', verify: true },
) {
  const customer = (await t.api('POST', '/customers', { first_name: 'Ada', currency: 'EUR' })).body.customer;
  const created = (await t.api('POST', `/customers/${customer.id}/tokens`, token)).body.token;
  return { customer, token: created };
}

export async function configId(t: TestSandbox, gateway = 'paypal'): Promise<string> {
  const list = (
    await t.api('GET', '/gateway-configurations?filter=alternative-payment-methods', undefined, {
      auth: 'public',
    })
  ).body.gateway_configurations;
  const found = list.find((c) => c.gateway.name === gateway);
  if (!found) throw new Error(`no configuration for ${gateway}`);
  return found.id;
}

export function tokenPagePath(t: TestSandbox, customerId: string, tokenId: string, conf: string) {
  return `/checkout/${t.project.id}/${customerId}/${tokenId}/redirect/${conf}`;
}

let states = 0;

/**
 * Clicks a hosted-page button the way its script does, and returns the delivery the page would act on.
 * Each call is a new widget attempt (a fresh state) unless told otherwise: a state takes one decision.
 */
export async function decide(
  t: TestSandbox,
  pagePath: string,
  outcome: string,
  state = `st4te${++states}`,
  extra: Record<string, unknown> = {},
) {
  return t.api('POST', `${pagePath}/outcome`, { outcome, state, ...extra }, { auth: 'none' });
}

/** The whole tokenization flow up to a gway_req: customer, blank token, hosted page "Approve". */
export async function approvedGatewayRequest(t: TestSandbox, outcome = 'approve', gateway = 'paypal') {
  const { customer, token } = await createCustomerAndToken(t);
  const conf = await configId(t, gateway);
  const result = await decide(t, tokenPagePath(t, customer.id, token.id, conf), outcome);
  return { customer, token, conf, gatewayRequest: result.body.delivery.message.data ?? '' };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(20);
  }
}
