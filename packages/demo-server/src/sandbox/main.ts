/**
 * `tsx src/sandbox/main.ts`: the sandbox on its own, configured from the
 * environment (see README.md).
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createSandbox } from './index.js';

const env = process.env;
const port = Number(env.SANDBOX_PORT ?? 4010);
const host = env.SANDBOX_HOST ?? '127.0.0.1';
const dbPath = env.PAYDROP_DB ?? '.data/sandbox.db';
if (dbPath !== ':memory:') mkdirSync(dirname(resolve(dbPath)), { recursive: true });

const sandbox = createSandbox({
  dbPath,
  projectId: env.PAYDROP_PROJECT_ID || undefined,
  projectSecret: env.PAYDROP_PROJECT_SECRET || undefined,
  webhookUrl: env.PAYDROP_WEBHOOK_URL || undefined,
  publicUrl: env.SANDBOX_PUBLIC_URL || undefined,
  asyncVerifyDelayMs: env.PAYDROP_ASYNC_VERIFY_MS ? Number(env.PAYDROP_ASYNC_VERIFY_MS) : undefined,
});
const server = await sandbox.listen(port, host);
const { id, secret } = sandbox.project;

console.log(`Paydrop sandbox listening on ${server.url}
  database:        ${dbPath}
  project ID:      ${id}   (public, for the widget)
  project secret:  ${secret}   (server-side only)

  curl -u ${id}:${secret} -d first_name=Ada ${server.url}/customers`);

let closing = false;
async function shutdown(): Promise<void> {
  if (closing) return;
  closing = true;
  await server.close();
  await sandbox.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
