import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';

/**
 * Where `pnpm dev` and `paydrop-sandbox` keep their databases unless told
 * otherwise: the user's state directory (`$XDG_STATE_HOME`, else
 * `~/.local/state`), one folder per checkout. Never inside the checkout: the
 * demo's web server serves that folder, and the database holds the project
 * secret.
 */
export function defaultDataDir(
  checkout: string = process.cwd(),
  env: NodeJS.ProcessEnv = process.env,
): string {
  const stateHome = env.XDG_STATE_HOME || join(homedir(), '.local', 'state');
  const path = resolve(checkout);
  const tag = createHash('sha256').update(path).digest('hex').slice(0, 8);
  return join(stateHome, 'paydrop', `${basename(path)}-${tag}`);
}
