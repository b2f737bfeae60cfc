import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basic } from '../sandbox/helpers.js';
import { type SandboxProcess, startSandboxProcess } from '../sandbox/sandbox-process.js';
import { seedTokenSaves } from './seed-token-saves.js';

const SAVES = 1000;
/** Killed once this many saves are acknowledged: the rest are in flight, or not sent yet. */
const KILL_AFTER = 250;
const dir = mkdtempSync(join(tmpdir(), 'paydrop-fault-kill-'));
const credentials = {
  PAYDROP_PROJECT_ID: 'test-proj_faultKillNineDuringSaves000000',
  PAYDROP_PROJECT_SECRET: 'key_sandbox_faultKillNineDuringSaves00000',
  PAYDROP_DB: join(dir, 'sandbox.db'),
};
const project = { id: credentials.PAYDROP_PROJECT_ID, secret: credentials.PAYDROP_PROJECT_SECRET };
const auth = basic(project.id, project.secret);
const started: SandboxProcess[] = [];

afterAll(async () => {
  for (const sandbox of started) await sandbox.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<SandboxProcess> {
  const sandbox = await startSandboxProcess(credentials);
  started.push(sandbox);
  return sandbox;
}

function api(url: string) {
  return async (method: string, path: string, body?: object) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    return {
      status: response.status,
      json: (await response.json()) as Record<string, Record<string, string>>,
    };
  };
}

/** Runs `task` over `items`, `width` at a time. */
async function inBatches<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += width) {
    results.push(...(await Promise.all(items.slice(i, i + width).map(task))));
  }
  return results;
}

describe('kill -9 during concurrent token saves', () => {
  it('keeps every save it acknowledged, after a restart on the same database', async () => {
    // Blank tokens and approved gateway requests, written before the sandbox starts: the saves are the test.
    const saves = seedTokenSaves(credentials.PAYDROP_DB, project, SAVES);
    const first = await start();
    const acknowledged: typeof saves = [];
    let unanswered = 0;
    let killed: Promise<void> | undefined;
    // All at once: Node's fetch opens a connection per request in flight, as many merchant servers would.
    await Promise.all(
      saves.map(async (save) => {
        try {
          const response = await fetch(`${first.url}/customers/${save.customerId}/tokens/${save.tokenId}`, {
            method: 'PUT',
            headers: { authorization: auth, 'content-type': 'application/json' },
            body: JSON.stringify({ source: save.source }),
          });
          await response.arrayBuffer();
          if (response.status !== 200) throw new Error(`save answered ${response.status}`);
          acknowledged.push(save);
          if (acknowledged.length === KILL_AFTER) killed = first.kill('SIGKILL');
        } catch (error) {
          if (!killed) throw error;
          unanswered += 1;
        }
      }),
    );
    await killed;
    // The kill must have landed mid-run for this to test anything.
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(unanswered).toBeGreaterThan(0);

    const second = await start();
    const call = api(second.url);
    const lost = (
      await inBatches(acknowledged, 50, async (save) => {
        const { json } = await call('GET', `/customers/${save.customerId}/tokens/${save.tokenId}`);
        return json.token?.type === 'gateway_token' ? undefined : save.tokenId;
      })
    ).filter(Boolean);
    expect(lost).toEqual([]);
  }, 180_000);
});
