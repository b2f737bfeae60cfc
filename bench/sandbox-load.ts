/**
 * Sandbox load over real sockets with autocannon, beside bare Hono in the same
 * run: each server in its own process, 50 connections, rounds alternated so
 * a noisy neighbour on the machine hits all alike.
 *   - PUT /customers/:id/tokens/:tok, a fresh gway_req_ each (a durable write:
 *     WAL, synchronous=FULL)
 *   - GET /gateway-configurations with the public project ID (a read)
 * Another sandbox build (an older checkout's bin) can run beside this one.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { type PendingSave, seedTokenSaves } from '../packages/demo-server/test/faults/seed-token-saves.js';
import { median } from './browser.js';
import { pinning, pinSelf, type Served, startServer } from './processes.js';

export const CONNECTIONS = 50;
const ROUND_SECONDS = 5;
const ROUNDS = 3;
/** More than the fastest sandbox spends in all rounds; running out fails loudly. */
const SEEDED_SAVES = 90_000;
const project = {
  id: 'test-proj_benchLoadProject00000000000000',
  secret: 'key_sandbox_benchLoadSecret0000000000000',
};
const secretAuth = `Basic ${Buffer.from(`${project.id}:${project.secret}`).toString('base64')}`;
const publicAuth = `Basic ${Buffer.from(`${project.id}:`).toString('base64')}`;
const configsPath = `/gateway-configurations?filter=alternative-payment-methods-with-tokenization&project_id=${project.id}`;
const json = { 'content-type': 'application/json' };

export interface SandboxBuild {
  label: string;
  /** Path of a `paydrop-sandbox` bin. */
  bin: string;
}

export interface LoadFigure {
  label: string;
  rps: number;
  p99: number;
  /** Non-2xx answers, socket errors and time-outs. */
  failed: number;
}

export interface LoadRow {
  name: string;
  bare: LoadFigure;
  sandboxes: LoadFigure[];
}

type Requests = autocannon.Options['requests'];
interface Target {
  label: string;
  url: string;
  requests: Requests;
}

async function hit(target: Target, seconds: number) {
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: target.requests,
  });
  return {
    rps: result.requests.total / seconds,
    p99: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** One warm-up second each, then ROUNDS alternated rounds; medians of the rounds. */
async function compare(name: string, bare: Target, sandboxes: Target[]): Promise<LoadRow> {
  const targets = [bare, ...sandboxes];
  for (const target of targets) await hit(target, 1);
  const rounds = targets.map(() => [] as Awaited<ReturnType<typeof hit>>[]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, target] of targets.entries()) rounds[i]?.push(await hit(target, ROUND_SECONDS));
  }
  const figures = targets.map(({ label }, i) => {
    const list = rounds[i] ?? [];
    return {
      label,
      rps: median(list.map((f) => f.rps)),
      p99: median(list.map((f) => f.p99)),
      failed: list.reduce((sum, f) => sum + f.failed, 0),
    };
  });
  const [bareFigure, ...rest] = figures;
  return { name, bare: bareFigure as LoadFigure, sandboxes: rest };
}

function saveRequests(saves: PendingSave[]): Requests {
  let next = 0;
  return [
    {
      method: 'PUT',
      headers: { authorization: secretAuth, ...json },
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

async function startSandbox(build: SandboxBuild, dir: string, servers: Served[]) {
  const dbPath = join(dir, `${servers.length}.db`);
  const saves = seedTokenSaves(dbPath, project, SEEDED_SAVES);
  const args = [
    '--port=0',
    `--db=${dbPath}`,
    `--project-id=${project.id}`,
    `--project-secret=${project.secret}`,
  ];
  const served = await startServer([build.bin, ...args], process.env, pinning?.server);
  servers.push(served);
  return { build, url: served.url, saves };
}

export async function sandboxLoad(builds: SandboxBuild[]): Promise<LoadRow[]> {
  if (pinning) pinSelf(pinning.client);
  const dir = mkdtempSync(join(tmpdir(), 'paydrop-load-'));
  const servers: Served[] = [];
  try {
    const sandboxes = [];
    for (const build of builds) sandboxes.push(await startSandbox(build, dir, servers));
    // The bare server answers with the bodies this sandbox sends, so sizes match.
    const first = sandboxes[0];
    const sample = first?.saves.pop();
    if (!first || !sample) throw new Error('no sandbox to measure');
    const samplePath = `/customers/${sample.customerId}/tokens/${sample.tokenId}`;
    const saveBody = JSON.stringify({ source: sample.source });
    const saved = await fetch(`${first.url}${samplePath}`, {
      method: 'PUT',
      headers: { authorization: secretAuth, ...json },
      body: saveBody,
    });
    const configs = await fetch(`${first.url}${configsPath}`, { headers: { authorization: publicAuth } });
    if (!configs.ok || !saved.ok) throw new Error(`sandbox answered ${configs.status} / ${saved.status}`);
    const bareServer = await startServer(
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'bare-hono-server.ts'),
        await saved.text(),
        await configs.text(),
      ],
      process.env,
      pinning?.server,
    );
    servers.push(bareServer);

    const configsRequest: Requests = [
      { method: 'GET', path: configsPath, headers: { authorization: publicAuth } },
    ];
    const bareSave: Requests = [
      { method: 'PUT', path: samplePath, headers: { authorization: secretAuth, ...json }, body: saveBody },
    ];
    return [
      await compare(
        'PUT /customers/:id/tokens/:tok (token save, fresh gway_req)',
        { label: 'bare Hono', url: bareServer.url, requests: bareSave },
        sandboxes.map((s) => ({ label: s.build.label, url: s.url, requests: saveRequests(s.saves) })),
      ),
      await compare(
        'GET /gateway-configurations (public read)',
        { label: 'bare Hono', url: bareServer.url, requests: configsRequest },
        sandboxes.map((s) => ({ label: s.build.label, url: s.url, requests: configsRequest })),
      ),
    ];
  } finally {
    for (const server of servers) await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printLoad(rows: LoadRow[]): void {
  console.log(
    `\nSandbox under load (autocannon, ${CONNECTIONS} connections, median of ${ROUNDS} alternated ${ROUND_SECONDS} s rounds${pinning ? `; autocannon on core ${pinning.client}, each server alone on core ${pinning.server}` : ''})`,
  );
  for (const { name, bare, sandboxes } of rows) {
    console.log(`  ${name}`);
    for (const f of [bare, ...sandboxes]) {
      const share = f === bare ? '' : `   ${((f.rps / bare.rps) * 100).toFixed(1)}% of bare Hono`;
      const failed = f.failed ? `   (${f.failed} non-2xx or errors!)` : '';
      console.log(
        `    ${f.label.padEnd(30)} ${f.rps.toFixed(0).padStart(6)} req/s   p99 ${String(f.p99).padStart(5)} ms${share}${failed}`,
      );
    }
  }
}
