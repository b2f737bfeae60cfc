import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { basic } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-kill-'));
const credentials = {
  PAYDROP_PROJECT_ID: 'test-proj_killNineDurability000000000000',
  PAYDROP_PROJECT_SECRET: 'key_sandbox_killNineDurability00000000',
};
const auth = basic(credentials.PAYDROP_PROJECT_ID, credentials.PAYDROP_PROJECT_SECRET);
const children: ChildProcess[] = [];

/** Starts `src/sandbox/main.ts` as its own process on a random port and waits for its URL. */
function startProcess(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/sandbox/main.ts'], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, ...credentials, SANDBOX_PORT: '0', PAYDROP_DB: join(dir, 'sandbox.db') },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url });
    });
    child.on('exit', (code) => reject(new Error(`sandbox exited early (${code}): ${out}`)));
  });
}

afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
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
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

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
