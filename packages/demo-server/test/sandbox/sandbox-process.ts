import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

export interface SandboxProcess {
  child: ChildProcess;
  url: string;
  /** Everything it printed so far (the start-up banner names the project). */
  output: () => string;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
}

/**
 * Starts the `paydrop-sandbox` bin as its own process, as a merchant's CI
 * would, on a random port unless `args` or `env` name one, and waits for its URL.
 */
export function startSandboxProcess(
  env: Record<string, string>,
  args: string[] = [],
): Promise<SandboxProcess> {
  const child = spawn(process.execPath, ['bin/paydrop-sandbox.js', ...args], {
    cwd: join(import.meta.dirname, '../..'),
    env: { ...process.env, SANDBOX_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const kill = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, output: () => out, kill });
    });
    child.once('exit', (code) => reject(new Error(`sandbox exited early (${code}): ${out}`)));
  });
}
