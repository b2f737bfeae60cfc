/**
 * `pnpm dev`: the sandbox on its own origin, and the demo checkout page with
 * the merchant server mounted under /api on Vite's origin, so the browser sees
 * two origins as it would in production.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type Plugin } from 'vite';
import { createMerchantApp, merchantListener } from './merchant/index.js';
import { defaultDataDir } from './sandbox/default-data-dir.js';
import { createSandbox, parseHostedPageSettings } from './sandbox/index.js';
import { scriptTagFiles } from './script-tag-files.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const env = process.env;
const host = env.HOST ?? '127.0.0.1';
const sandboxPort = Number(env.SANDBOX_PORT ?? 4010);
const demoPort = Number(env.PORT ?? 5173);
const demoUrl = `http://${host}:${demoPort}`;
// Outside the checkout, which Vite serves: the sandbox's database holds the project secret.
const dataDir = defaultDataDir(root);
const dbPath = env.PAYDROP_DB || resolve(dataDir, 'sandbox.db');
const merchantDbPath = env.PAYDROP_MERCHANT_DB || resolve(dataDir, 'merchant.db');
for (const path of [dbPath, merchantDbPath]) {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
}

const sandbox = createSandbox({
  dbPath,
  projectId: env.PAYDROP_PROJECT_ID,
  projectSecret: env.PAYDROP_PROJECT_SECRET,
  // The provider's page names the shop the shopper is paying, as the demo page does.
  projectName: env.PAYDROP_PROJECT_NAME ?? 'Northwind Coffee',
  publicUrl: env.SANDBOX_PUBLIC_URL ?? `http://${host}:${sandboxPort}`,
  webhookUrl: env.PAYDROP_WEBHOOK_URL ?? `${demoUrl}/api/webhooks`,
  asyncVerifyDelayMs: env.PAYDROP_ASYNC_VERIFY_MS ? Number(env.PAYDROP_ASYNC_VERIFY_MS) : undefined,
  hostedPage: parseHostedPageSettings(env.PAYDROP_HOSTED_PAGE ?? ''),
});
const sandboxServer = await sandbox.listen(sandboxPort, host);

const merchant = createMerchantApp({
  sandboxApiUrl: sandboxServer.url,
  sandboxPublicUrl: env.SANDBOX_PUBLIC_URL ?? sandboxServer.url,
  projectId: sandbox.project.id,
  secret: sandbox.project.secret,
  returnUrl: `${demoUrl}/`,
  dbPath: merchantDbPath,
});

const merchantPlugin: Plugin = {
  name: 'paydrop-merchant-server',
  configureServer(server) {
    const listener = merchantListener(merchant.app.fetch);
    server.middlewares.use((req, res, next) => {
      if (req.url?.startsWith('/api/')) void listener(req, res);
      else next();
    });
  },
};

const vite = await createServer({
  configFile: resolve(root, 'vite.config.ts'),
  root,
  server: { host, port: demoPort, strictPort: true },
  plugins: [merchantPlugin, scriptTagFiles(root)],
});
await vite.listen();

console.log(`
  Paydrop demo is running.

  Open the checkout page:   ${demoUrl}/
  Sandbox API (provider):   ${sandboxServer.url}
  Sandbox database:         ${dbPath}
  Merchant database:        ${merchantDbPath}
  Demo project ID:          ${sandbox.project.id}
  Demo project secret:      ${sandbox.project.secret}   (server-side only)

  Try the API:  curl -u ${sandbox.project.id}:${sandbox.project.secret} -d first_name=Ada ${sandboxServer.url}/customers
`);

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  await vite.close();
  await sandboxServer.close();
  await sandbox.close();
  merchant.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
