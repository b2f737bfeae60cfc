import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHECKOUT, type ScanTarget } from './scan-target.js';

const sandboxPort = Number(process.env.SCAN_SANDBOX_PORT ?? 4320);
const demoPort = Number(process.env.SCAN_DEMO_PORT ?? 5320);
const CANARY = join(CHECKOUT, '.data', 'secret-scan-canary.db');

/** Reads what the banner prints: the credentials and where the databases are. */
function banner(dev: ChildProcess): Promise<Record<string, string>> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`pnpm dev did not start:\n${out}`)), 90_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const fields = Object.fromEntries(
        [...out.matchAll(/^\s*([A-Za-z ()]+?):\s+(\S+)/gm)].map(([, key = '', value = '']) => [
          key.trim(),
          value,
        ]),
      );
      if (fields['Demo project secret']) {
        clearTimeout(timer);
        resolve(fields);
      }
    };
    dev.stdout?.on('data', read);
    dev.stderr?.on('data', read);
    dev.on('exit', (code) => reject(new Error(`pnpm dev exited (${code}):\n${out}`)));
  });
}

/**
 * Starts `pnpm dev` with the README's defaults: no credentials (so the demo
 * project and its secret are created and kept in the default database), the
 * default database location (under a fresh state directory, so the scan never
 * touches a developer's own). A canary database under `.data/`, where older
 * versions kept theirs, proves that folder is not served either.
 */
export default async function startDev(): Promise<() => Promise<void>> {
  const stateHome = mkdtempSync(join(tmpdir(), 'paydrop-scan-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SANDBOX_PORT: String(sandboxPort),
    PORT: String(demoPort),
  };
  for (const name of Object.keys(env)) if (name.startsWith('PAYDROP_')) delete env[name];
  env.XDG_STATE_HOME = stateHome;
  const dev = spawn('pnpm', ['dev'], {
    cwd: CHECKOUT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (dev.exitCode === null && dev.pid) {
      const exited = new Promise((done) => dev.once('exit', done));
      process.kill(-dev.pid, 'SIGTERM');
      await exited;
    }
    rmSync(CANARY, { force: true });
    rmSync(stateHome, { recursive: true, force: true });
  };
  try {
    const fields = await banner(dev);
    const secret = fields['Demo project secret'] ?? '';
    mkdirSync(join(CHECKOUT, '.data'), { recursive: true });
    writeFileSync(CANARY, `SQLite format 3\u0000${secret}`);
    const target: ScanTarget = {
      demoUrl: `http://127.0.0.1:${demoPort}`,
      sandboxUrl: fields['Sandbox API (provider)'] ?? '',
      projectId: fields['Demo project ID'] ?? '',
      secret,
      databases: [fields['Sandbox database'] ?? '', fields['Merchant database'] ?? ''].filter(Boolean),
      dataFiles: readdirSync(join(CHECKOUT, '.data')),
    };
    process.env.PAYDROP_SCAN_TARGET = JSON.stringify(target);
    return stop;
  } catch (error) {
    await stop();
    throw error;
  }
}
