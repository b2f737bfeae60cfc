/**
 * Sandbox request cost, in process (no sockets, so the network stack's noise
 * stays out): each endpoint against a bare Hono route returning a JSON body of
 * the same size, run interleaved in the same process. The ratio is what auth,
 * validation, SQLite (WAL, synchronous=FULL on a temp file) and serialization
 * add on top of the framework.
 *
 *   pnpm bench
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { createSandbox } from '../packages/demo-server/src/sandbox/index.js';

const ROUNDS = 7;
const PER_ROUND = 400;

const dir = mkdtempSync(join(tmpdir(), 'paydrop-bench-'));
const sandbox = createSandbox({ dbPath: join(dir, 'bench.db'), publicUrl: 'http://127.0.0.1:4010' });
const secret = `Basic ${Buffer.from(`${sandbox.project.id}:${sandbox.project.secret}`).toString('base64')}`;
const publicAuth = `Basic ${Buffer.from(`${sandbox.project.id}:`).toString('base64')}`;

async function call(app: Hono, path: string, init: RequestInit = {}) {
  const response = await app.request(`http://127.0.0.1:4010${path}`, init);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.text();
}

const configsPath = '/gateway-configurations?filter=alternative-payment-methods-with-tokenization';
const configsBody = await call(sandbox.app, configsPath, { headers: { authorization: publicAuth } });
const customerInit = () => ({
  method: 'POST',
  headers: { authorization: secret, 'content-type': 'application/json' },
  body: JSON.stringify({ first_name: 'Ada', last_name: 'Lovelace', currency: 'EUR' }),
});
const customerBody = await call(sandbox.app, '/customers', customerInit());

const baseline = new Hono();
baseline.get('/static', (c) => c.body(configsBody, 200, { 'content-type': 'application/json' }));
baseline.post('/static', async (c) => {
  await c.req.json();
  return c.body(customerBody, 200, { 'content-type': 'application/json' });
});

type Case = { name: string; run: () => Promise<unknown>; base: () => Promise<unknown> };
const cases: Case[] = [
  {
    name: 'GET /gateway-configurations (public auth, read)',
    run: () => call(sandbox.app, configsPath, { headers: { authorization: publicAuth } }),
    base: () => call(baseline, '/static'),
  },
  {
    name: 'POST /customers (secret auth, validated write)',
    run: () => call(sandbox.app, '/customers', customerInit()),
    base: () => call(baseline, '/static', customerInit()),
  },
];

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < PER_ROUND; i++) await fn();
  return (performance.now() - start) / PER_ROUND;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

console.log(`sandbox request cost, median of ${ROUNDS} interleaved rounds × ${PER_ROUND} requests`);
for (const c of cases) {
  await timeIt(c.run);
  await timeIt(c.base); // warm-up
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    ours.push(await timeIt(c.run));
    theirs.push(await timeIt(c.base));
  }
  const [o, b] = [median(ours), median(theirs)];
  console.log(
    `${c.name.padEnd(50)} ${(o * 1000).toFixed(0).padStart(5)} µs vs bare Hono ${(b * 1000).toFixed(0).padStart(4)} µs  → ${(o / b).toFixed(1)}×`,
  );
}

await sandbox.close();
rmSync(dir, { recursive: true, force: true });
