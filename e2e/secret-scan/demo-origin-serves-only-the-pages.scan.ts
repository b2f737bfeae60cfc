import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { CHECKOUT, SERVED, scanTarget } from './scan-target.js';

const target = scanTarget();
/** Any page on the shopper's machine, reading what the demo serves. */
const FOREIGN_ORIGIN = 'http://localhost:3000';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request sent as written (no `..` folding, no percent-decoding), from another origin. */
function send(url: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  const { origin } = new URL(url);
  const path = url.slice(origin.length) || '/';
  return new Promise((resolve, reject) => {
    const req = request(
      `${origin}/`,
      { method, path, headers: { origin: FOREIGN_ORIGIN, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        const done = () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        // A server-sent event stream (the orders view's /api/live) never ends: its headers and first event
        // are what another origin could read, so those are checked.
        const stream = String(res.headers['content-type']).startsWith('text/event-stream');
        res.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          if (stream) {
            done();
            req.destroy();
          }
        });
        res.on('end', done);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** What a response gives away, if anything. */
function leak(answer: Answer): string | undefined {
  const text = answer.body.toString('latin1');
  if (target.secret && text.includes(target.secret)) return 'the project secret';
  if (text.includes('key_sandbox_')) return 'a secret key';
  if (text.includes('SQLite format 3')) return 'a SQLite database';
  return undefined;
}

async function expectNothingServed(paths: string[]) {
  const served: string[] = [];
  for (const path of paths) {
    const answer = await send(`${target.demoUrl}${path}`);
    const leaked = leak(answer);
    if (answer.status < 400 || leaked)
      served.push(`${path} → ${answer.status}${leaked ? `, ${leaked}` : ''}`);
  }
  expect(served, 'served from the demo origin').toEqual([]);
}

async function openProviderPopup(page: Page) {
  const method = page.locator('#paydrop').getByRole('button', { name: /^(Pay with |Save )?[A-Z]/ });
  await expect(method.first()).toBeVisible();
  const popup = page.waitForEvent('popup');
  await method.first().click();
  const provider = await popup;
  await provider.waitForLoadState('load');
  await provider.close();
}

async function checkoutSessionUrl(): Promise<string> {
  const auth = Buffer.from(`${target.projectId}:${target.secret}`).toString('base64');
  const response = await fetch(`${target.sandboxUrl}/checkout-sessions`, {
    method: 'POST',
    headers: { authorization: `Basic ${auth}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      mode: 'token',
      customer: { first_name: 'Ada' },
      success_url: `${target.demoUrl}/e2e/pages/blank.html`,
      cancel_url: `${target.demoUrl}/e2e/pages/blank.html`,
    }),
  });
  return ((await response.json()) as { checkout_session: { url: string } }).checkout_session.url;
}

test('what the demo page, its bundles and the hosted pages load holds no secret and no CORS grant', async ({
  page,
  context,
}) => {
  const loaded = new Set<string>();
  context.on('request', (r) => loaded.add(r.url()));
  for (const flow of ['save', 'pay']) {
    await page.goto(`${target.demoUrl}/?mode=popup&flow=${flow}`);
    await openProviderPopup(page);
  }
  await page.goto(await checkoutSessionUrl());
  for (const file of readdirSync(join(CHECKOUT, 'e2e/pages')).filter((f) => f.endsWith('.html'))) {
    await page.goto(`${target.demoUrl}/e2e/pages/${file}`);
  }

  const ours = [...loaded].filter(
    (url) => url.startsWith(target.demoUrl) || url.startsWith(target.sandboxUrl),
  );
  expect(ours.filter((url) => url.includes('/packages/widget/src/')).length).toBeGreaterThan(5);
  expect(ours.filter((url) => url.startsWith(`${target.sandboxUrl}/checkout`)).length).toBeGreaterThan(2);
  const problems: string[] = [];
  for (const url of ours) {
    const answer = await send(url);
    const leaked = leak(answer);
    if (leaked) problems.push(`${url}: ${leaked}`);
    if (url.startsWith(target.demoUrl) && answer.headers['access-control-allow-origin']) {
      problems.push(`${url}: Access-Control-Allow-Origin ${answer.headers['access-control-allow-origin']}`);
    }
  }
  expect(problems).toEqual([]);
});

test('no database, credential file or lockfile is served, by any path or Vite query', async () => {
  const canary = '.data/secret-scan-canary.db';
  const databases = target.databases.flatMap((db) => [db, `${db}-wal`, `${db}-shm`]);
  await expectNothingServed([
    ...['.env', '.env.local', '.env.development', '.env.production', '.git/config', '.git/HEAD'].map(
      (p) => `/${p}`,
    ),
    ...['package.json', 'pnpm-lock.yaml', 'pnpm-workspace.yaml', 'packages/demo-server/package.json'].map(
      (p) => `/${p}`,
    ),
    '/node_modules/.pnpm/lock.yaml',
    '/node_modules/.modules.yaml',
    ...target.dataFiles.map((f) => `/.data/${f}`),
    ...['sandbox.db', 'sandbox.db-wal', 'sandbox.db-shm', 'merchant.db', 'merchant.db-wal'].map(
      (f) => `/.data/${f}`,
    ),
    ...databases.flatMap((db) => [`/@fs${db}`, `/@fs${db}?raw`, `/@fs${db}?import&raw`]),
    `/${canary}?raw`,
    `/${canary}?import&raw`,
    `/@fs${CHECKOUT}/${canary}`,
    `//${canary}`,
    `/e2e/pages/../../${canary}`,
    `/e2e/pages/%2e%2e/%2e%2e/${canary}`,
    `/e2e/pages/..%2f..%2f${canary}`,
    `/packages/widget/src/../../../${canary}`,
    '/packages/widget/src/../../../package.json',
    '/packages/demo-server/src/page/../sandbox/index.ts',
  ]);
});

test('no tracked file outside what the pages load is served, as itself or through Vite', async () => {
  const tracked = execFileSync('git', ['ls-files'], { cwd: CHECKOUT, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean);
  const hidden = tracked.filter((file) => !SERVED.some((pattern) => pattern.test(file)));
  expect(hidden).toContain('packages/demo-server/src/sandbox/index.ts');
  const paths = hidden.flatMap((file) => [
    ...['', '?raw', '?import', '?url', '?import&raw'].map((query) => `/${file}${query}`),
    `/@fs${CHECKOUT}/${file}`,
    `/@fs${CHECKOUT}/${file}?raw`,
  ]);
  await expectNothingServed(paths);
});

test('a preflight from another origin is granted nothing', async () => {
  const grants: string[] = [];
  for (const path of [
    '/',
    '/packages/widget/dist/paydrop.js',
    '/packages/widget/src/index.ts',
    '/api/config',
  ]) {
    const answer = await send(`${target.demoUrl}${path}`, 'OPTIONS', {
      'access-control-request-method': 'GET',
    });
    const allowed = answer.headers['access-control-allow-origin'];
    if (allowed) grants.push(`${path}: ${allowed}`);
  }
  expect(grants).toEqual([]);
});

test('the merchant server lists no shopper’s webhooks', async () => {
  const answer = await send(`${target.demoUrl}/api/webhooks/received`);
  expect(answer.status).toBe(404);
  expect(JSON.parse(answer.body.toString())).toMatchObject({
    success: false,
    error_type: 'merchant.not-found',
  });
});
