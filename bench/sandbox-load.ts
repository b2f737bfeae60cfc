/**
 * Sandbox load over real sockets with autocannon, beside bare Hono in the same
 * run: each server in its own process, 50 connections, rounds alternated so
 * a noisy neighbour on the machine hits both alike.
 *   - PUT /customers/:id/tokens/:tok, a fresh gway_req_ each (a durable write:
 *     WAL, synchronous=FULL)
 *   - GET /gateway-configurations with the public project ID (a read)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type Served, startServer } from './processes.js';
import { type PendingSave, seedTokenSaves } from './seed-token-saves.js';

const CONNECTIONS = 50;
const ROUND_SECONDS = 5;
const ROUNDS = 3;
/** More than the fastest sandbox can spend in all rounds; running out is reported, never hidden. */
const SEEDED_SAVES = 90_000;
const project = {
  id: 'test-proj_benchLoadProject00000000000000',
  secret: 'key_sandbox_benchLoadSecret0000000000000',
};
const secretAuth = `Basic ${Buffer.from(`${project.id}:${project.secret}`).toString('base64')}`;
const root = join(import.meta.dirname, '..');

export interface LoadFigure {
  rps: number;
  p99: number;
  /** Non-2xx answers, socket errors and time-outs. */
  failed: number;
}

export interface LoadRow {
  name: string;
  ours: LoadFigure;
  bare: LoadFigure;
}

type Requests = autocannon.Options['requests'];

async function hit(url: string, requests: Requests, seconds: number): Promise<LoadFigure> {
  const result = await autocannon({ url, connections: CONNECTIONS, duration: seconds, requests });
  return {
    rps: result.requests.total / seconds,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const medianOf = (figures: LoadFigure[]): LoadFigure => ({
  rps: median(figures.map((f) => f.rps)),
  p99: median(figures.map((f) => f.p99)),
  failed: figures.reduce((sum, f) => sum + f.failed, 0),
});

/** One warm-up second each, then ROUNDS alternated rounds; medians of the rounds. */
async function compare(name: string, ours: () => [string, Requests], bare: () => [string, Requests]) {
  await hit(...ours(), 1);
  await hit(...bare(), 1);
  const mine: LoadFigure[] = [];
  const theirs: LoadFigure[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    theirs.push(await hit(...bare(), ROUND_SECONDS));
    mine.push(await hit(...ours(), ROUND_SECONDS));
  }
  return { name, ours: medianOf(mine), bare: medianOf(theirs) };
}

function saveRequests(saves: PendingSave[]): Requests {
  let next = 0;
  return [
    {
      method: 'PUT',
      headers: { authorization: secretAuth, 'content-type': 'application/json' },
      setupRequest: (request) => {
        const save = saves[next++];
        if (!save) throw new Error('ran out of seeded token saves: raise SEEDED_SAVES');
        return {
          ...request,
          path: `/customers/${save.customerId}/tokens/${save.tokenId}`,
          body: JSON.stringify({ source: save.source }),
        };
      },
    },
  ];
}

export async function sandboxLoad(): Promise<LoadRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'paydrop-load-'));
  const dbPath = join(dir, 'sandbox.db');
  const saves = seedTokenSaves(dbPath, project, SEEDED_SAVES);
  const servers: Served[] = [];
  try {
    const sandbox = await startServer([
      join(root, 'packages/demo-server/bin/paydrop-sandbox.js'),
      '--port=0',
      `--db=${dbPath}`,
      `--project-id=${project.id}`,
      `--project-secret=${project.secret}`,
    ]);
    servers.push(sandbox);
    const configsPath = `/gateway-configurations?filter=alternative-payment-methods-with-tokenization&project_id=${project.id}`;
    const publicAuth = `Basic ${Buffer.from(`${project.id}:`).toString('base64')}`;
    const configs = await fetch(`${sandbox.url}${configsPath}`, { headers: { authorization: publicAuth } });
    const sample = saves.pop() as PendingSave;
    const saved = await fetch(`${sandbox.url}/customers/${sample.customerId}/tokens/${sample.tokenId}`, {
      method: 'PUT',
      headers: { authorization: secretAuth, 'content-type': 'application/json' },
      body: JSON.stringify({ source: sample.source }),
    });
    if (!configs.ok || !saved.ok) throw new Error(`sandbox answered ${configs.status} / ${saved.status}`);
    const bare = await startServer([
      '--import',
      'tsx',
      join(import.meta.dirname, 'bare-hono-server.ts'),
      await saved.text(),
      await configs.text(),
    ]);
    servers.push(bare);

    const saveRound = saveRequests(saves);
    const bareSave: Requests = [
      {
        method: 'PUT',
        path: `/customers/${sample.customerId}/tokens/${sample.tokenId}`,
        headers: { authorization: secretAuth, 'content-type': 'application/json' },
        body: JSON.stringify({ source: sample.source }),
      },
    ];
    const configsRound: Requests = [
      { method: 'GET', path: configsPath, headers: { authorization: publicAuth } },
    ];
    return [
      await compare(
        'PUT /customers/:id/tokens/:tok (token save, fresh gway_req)',
        () => [sandbox.url, saveRound],
        () => [bare.url, bareSave],
      ),
      await compare(
        'GET /gateway-configurations (public read)',
        () => [sandbox.url, configsRound],
        () => [bare.url, configsRound],
      ),
    ];
  } finally {
    for (const server of servers) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printLoad(rows: LoadRow[]): void {
  console.log(
    `\nSandbox under load: autocannon, ${CONNECTIONS} connections, median of ${ROUNDS} alternated ${ROUND_SECONDS} s rounds`,
  );
  for (const { name, ours, bare } of rows) {
    const failed = ours.failed + bare.failed;
    console.log(
      `  ${name}\n    sandbox ${ours.rps.toFixed(0).padStart(6)} req/s  p99 ${String(ours.p99).padStart(4)} ms` +
        `   bare Hono ${bare.rps.toFixed(0).padStart(6)} req/s  p99 ${String(bare.p99).padStart(4)} ms` +
        `   → ${((ours.rps / bare.rps) * 100).toFixed(1)}% of bare${failed ? `   (${failed} non-2xx or errors!)` : ''}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) printLoad(await sandboxLoad());
