/**
 * `paydrop-sandbox` (and `tsx src/sandbox/main.ts`): the sandbox on its own,
 * configured by flags or the environment (see README.md), for a merchant's CI.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readCliSettings, USAGE, UsageError } from './cli-options.js';
import { createSandbox } from './index.js';

function settings() {
  try {
    return readCliSettings(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`paydrop-sandbox: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
}

const cli = settings();
if (cli === 'help') {
  console.log(USAGE);
  process.exit(0);
}
const { dbPath } = cli.options;
if (dbPath !== ':memory:') mkdirSync(dirname(resolve(dbPath)), { recursive: true });

const sandbox = createSandbox(cli.options);
const server = await sandbox.listen(cli.port, cli.host);
const { id, secret } = sandbox.project;

// The last three lines are shell assignments, so a CI script can `eval` them (see README.md).
console.log(`Paydrop sandbox listening on ${server.url}
  database:        ${dbPath}
  webhook URL:     ${cli.options.webhookUrl ?? '(none)'}
  project ID:      ${id}   (public, for the widget)
  project secret:  ${secret}   (server-side only)

  curl -u ${id}:${secret} -d first_name=Ada ${server.url}/customers

PAYDROP_SANDBOX_URL=${server.url}
PAYDROP_PROJECT_ID=${id}
PAYDROP_PROJECT_SECRET=${secret}`);

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
