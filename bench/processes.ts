import { type ChildProcess, spawn } from 'node:child_process';

export interface Served {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `node …args` and resolves once it prints `listening on <url>`. */
export function startServer(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<Served> {
  const child: ChildProcess = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'inherit'] });
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
