import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basic } from './helpers.js';
import { type SandboxProcess, startSandboxProcess } from './sandbox-process.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-kill-'));
const credentials = {
  PAYDROP_PROJECT_ID: 'test-proj_killNineDurability000000000000',
  PAYDROP_PROJECT_SECRET: 'key_sandbox_killNineDurability00000000',
};
const auth = basic(credentials.PAYDROP_PROJECT_ID, credentials.PAYDROP_PROJECT_SECRET);
const started: SandboxProcess[] = [];

async function startProcess(): Promise<SandboxProcess> {
  const sandbox = await startSandboxProcess({ ...credentials, PAYDROP_DB: join(dir, 'sandbox.db') });
  started.push(sandbox);
  return sandbox;
}

afterAll(async () => {
  for (const sandbox of started) await sandbox.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('durability', () => {
  it('keeps every acknowledged write when the process is killed with SIGKILL', async () => {
    const first = await startProcess();
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const response = await fetch(`${first.url}/customers`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body: `first_name=Ada${i}&currency=EUR`,
      });
      expect(response.status).toBe(200);
      ids.push(((await response.json()) as { customer: { id: string } }).customer.id);
    }
    await first.kill('SIGKILL');

    const second = await startProcess();
    for (const [i, id] of ids.entries()) {
      const response = await fetch(`${second.url}/customers/${id}`, { headers: { authorization: auth } });
      expect(response.status).toBe(200);
      expect(((await response.json()) as { customer: { first_name: string } }).customer.first_name).toBe(
        `Ada${i}`,
      );
    }
  }, 40_000);
});
