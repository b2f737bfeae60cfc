import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { basic, eventually } from './helpers.js';
import { type SandboxProcess, startSandboxProcess } from './sandbox-process.js';
import { receiver } from './webhook-receiver.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-bin-'));
const started: SandboxProcess[] = [];
const hooks = await receiver();

afterAll(async () => {
  for (const sandbox of started) await sandbox.kill('SIGKILL');
  await hooks.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The banner's closing `NAME=value` lines, as a CI script would `eval` them. */
const assignments = (output: string) =>
  Object.fromEntries([...output.matchAll(/^(PAYDROP_[A-Z_]+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));

describe('paydrop-sandbox', () => {
  it('starts from flags alone and prints credentials that work, sending webhooks to the given URL', async () => {
    const db = join(dir, 'flags.db');
    const sandbox = await startSandboxProcess({}, [
      '--port=0',
      `--db=${db}`,
      '--project-id=test-proj_binFlagsProject000000000000000',
      '--project-secret=key_sandbox_binFlagsSecret0000000000000',
      `--webhook-url=${hooks.url}`,
    ]);
    started.push(sandbox);
    const printed = assignments(sandbox.output());
    expect(printed).toEqual({
      PAYDROP_SANDBOX_URL: sandbox.url,
      PAYDROP_PROJECT_ID: 'test-proj_binFlagsProject000000000000000',
      PAYDROP_PROJECT_SECRET: 'key_sandbox_binFlagsSecret0000000000000',
    });
    expect(sandbox.output()).toContain(`database:        ${db}`);

    const auth = basic(printed.PAYDROP_PROJECT_ID ?? '', printed.PAYDROP_PROJECT_SECRET ?? '');
    const post = (path: string, body: string) =>
      fetch(`${sandbox.url}${path}`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
        body,
      }).then((r) => r.json() as Promise<{ customer?: { id: string }; token?: { id: string } }>);
    const customer = (await post('/customers', 'first_name=Ada')).customer?.id;
    const token = (await post(`/customers/${customer}/tokens`, 'return_url=https://shop.example/')).token?.id;
    const deleted = await fetch(`${sandbox.url}/customers/${customer}/tokens/${token}`, {
      method: 'DELETE',
      headers: { authorization: auth },
    });
    expect(deleted.status).toBe(200);
    const delivery = await eventually(async () => hooks.deliveries[0], 10_000);
    expect(JSON.parse(delivery.body)).toMatchObject({ event_type: 'token.deleted' });
  }, 30_000);

  it('takes its settings from the environment when no flag is given, and a flag wins over a variable', async () => {
    const sandbox = await startSandboxProcess(
      {
        PAYDROP_DB: ':memory:',
        PAYDROP_PROJECT_ID: 'test-proj_binEnvProject00000000000000000',
        PAYDROP_PROJECT_SECRET: 'key_sandbox_fromTheEnvironment000000000',
      },
      ['--project-secret', 'key_sandbox_fromTheFlagWins0000000000000'],
    );
    started.push(sandbox);
    expect(assignments(sandbox.output())).toMatchObject({
      PAYDROP_PROJECT_ID: 'test-proj_binEnvProject00000000000000000',
      PAYDROP_PROJECT_SECRET: 'key_sandbox_fromTheFlagWins0000000000000',
    });
    const refused = await fetch(`${sandbox.url}/customers`, {
      method: 'POST',
      headers: {
        authorization: basic(
          'test-proj_binEnvProject00000000000000000',
          'key_sandbox_fromTheEnvironment000000000',
        ),
      },
    });
    expect(refused.status).toBe(401);
  }, 30_000);

  it('refuses a bad flag with the usage text and exit code 2', async () => {
    const run = promisify(execFile)(process.execPath, ['bin/paydrop-sandbox.js', '--port', 'eighty'], {
      cwd: join(import.meta.dirname, '../..'),
    });
    const failure = await run.then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(2);
    expect(failure?.stderr).toContain('--port must be a whole number');
    expect(failure?.stderr).toContain('Usage: paydrop-sandbox');
  }, 30_000);
});
