import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultDataDir } from './default-data-dir.js';
import { parseHostedPageSettings } from './http/hosted-page-settings.js';
import type { SandboxOptions } from './index.js';

export interface CliSettings {
  port: number;
  host: string;
  options: SandboxOptions;
}

export const USAGE = `Usage: paydrop-sandbox [options]

Starts the Paydrop sandbox (payment-provider emulator) alone, for a merchant's tests.
Each flag falls back to the environment variable named beside it.

  --port <n>             SANDBOX_PORT             listen port (0 picks a free one)   [4010]
  --host <addr>          SANDBOX_HOST             listen address                     [127.0.0.1]
  --db <file>            PAYDROP_DB               SQLite file, or :memory:
                           [~/.local/state/paydrop/<this folder>-<hash>/sandbox.db]
  --project-id <id>      PAYDROP_PROJECT_ID       public project ID                  [stored, else new]
  --project-secret <k>   PAYDROP_PROJECT_SECRET   project secret key                 [stored, else new]
  --webhook-url <url>    PAYDROP_WEBHOOK_URL      the project's default webhook URL  [none]
  --public-url <url>     SANDBOX_PUBLIC_URL       base of logo and hosted-page links [the listen URL]
  --async-verify-ms <n>  PAYDROP_ASYNC_VERIFY_MS  delay before "Approve (async)" settles [3000]
  --hosted-page <list>   PAYDROP_HOSTED_PAGE      coop,close-without-message: provider-page habits [none]
  --help                 this text`;

const flags = {
  port: 'SANDBOX_PORT',
  host: 'SANDBOX_HOST',
  db: 'PAYDROP_DB',
  'project-id': 'PAYDROP_PROJECT_ID',
  'project-secret': 'PAYDROP_PROJECT_SECRET',
  'webhook-url': 'PAYDROP_WEBHOOK_URL',
  'public-url': 'SANDBOX_PUBLIC_URL',
  'async-verify-ms': 'PAYDROP_ASYNC_VERIFY_MS',
  'hosted-page': 'PAYDROP_HOSTED_PAGE',
} as const;

type Flag = keyof typeof flags;

/** Thrown for a flag or value the sandbox cannot start with; the CLI prints it with the usage. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

function whole(name: string, text: string | undefined, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > max) throw new UsageError(`${name} must be a whole number up to ${max}`);
  return value;
}

/**
 * Flags first, then the environment, then the defaults. Empty variables count
 * as unset, so `PAYDROP_PROJECT_ID= paydrop-sandbox` still creates a project.
 * Returns `'help'` for `--help`.
 */
export function readCliSettings(argv: string[], env: NodeJS.ProcessEnv): CliSettings | 'help' {
  const options = Object.fromEntries(Object.keys(flags).map((name) => [name, { type: 'string' as const }]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' } } }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  const get = (flag: Flag): string | undefined => {
    const given = values[flag];
    return typeof given === 'string' && given !== '' ? given : env[flags[flag]] || undefined;
  };
  const verifyMs = get('async-verify-ms');
  return {
    port: whole('--port', get('port'), 4010, 65_535),
    host: get('host') ?? '127.0.0.1',
    options: {
      dbPath: get('db') ?? join(defaultDataDir(process.cwd(), env), 'sandbox.db'),
      projectId: get('project-id'),
      projectSecret: get('project-secret'),
      webhookUrl: get('webhook-url'),
      publicUrl: get('public-url'),
      asyncVerifyDelayMs:
        verifyMs === undefined ? undefined : whole('--async-verify-ms', verifyMs, 0, 2 ** 31),
      hostedPage: parseHostedPageSettings(get('hosted-page') ?? ''),
    },
  };
}
