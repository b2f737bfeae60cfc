import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

export interface Served {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * The cores a load run puts the load generator and the servers on, when the machine has two or more and
 * `taskset` (util-linux) is there: autocannon on the first, each server alone on the second, so neither
 * steals the other's core and every server (bare Hono included) is measured alike. Otherwise undefined.
 */
export const pinning = (() => {
  if (process.platform !== 'linux' || availableParallelism() < 2 || process.env.BENCH_NO_PIN)
    return undefined;
  const probe = spawnSync('taskset', ['-c', '1', 'true']);
  return probe.status === 0 ? { client: '0', server: '1' } : undefined;
})();

/** Pins this process (all its threads) to `cpus`, as `taskset -c` reads them. */
export function pinSelf(cpus: string): void {
  spawnSync('taskset', ['-a', '-c', '-p', cpus, String(process.pid)], { stdio: 'ignore' });
}

/** Starts `node …args` (on the cores `cpus`, if given) and resolves once it prints `listening on <url>`. */
export function startServer(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  cpus?: string,
): Promise<Served> {
  const argv = cpus ? ['-c', cpus, process.execPath, ...args] : args;
  const child: ChildProcess = spawn(cpus ? 'taskset' : process.execPath, argv, {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ url, output: () => out, stop });
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited early (${code}): ${out}`)));
  });
}
