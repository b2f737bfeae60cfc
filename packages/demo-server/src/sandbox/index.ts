import type { AddressInfo } from 'node:net';
import type { Hono } from 'hono';
import { createApp } from './app.js';
import type { HostedPageSettings } from './http/hosted-page-settings.js';
import { createSandboxServer } from './http/node-server.js';
import { ensureProject } from './services/bootstrap.js';
import { createDeps } from './services/deps.js';
import { createStore } from './store/index.js';
import { invoiceSettler } from './workers/invoice-settler.js';
import { startScheduler } from './workers/scheduler.js';
import { tokenSettler } from './workers/settler.js';
import { webhookDispatcher } from './workers/webhook-dispatcher.js';
import { DEFAULT_RETRY_WINDOW_MS } from './workers/webhook-retry.js';

export interface SandboxOptions {
  /** SQLite file path, or `':memory:'`. */
  dbPath: string;
  /** @default the demo project stored in the DB, else a new `test-proj_…` (persisted). */
  projectId?: string | undefined;
  /** `key_sandbox_…`. @default the stored one, else a new random one. */
  projectSecret?: string | undefined;
  /** The merchant's name on the hosted pages. @default 'Paydrop Demo Store' */
  projectName?: string | undefined;
  /** Public base URL for logo and hosted-page links. @default derived from `listen()`, else the request's origin. */
  publicUrl?: string | undefined;
  /** The project's default webhook endpoint. */
  webhookUrl?: string | undefined;
  /** "Approve (async)" settles after this long. @default 3000 */
  asyncVerifyDelayMs?: number | undefined;
  /**
   * How hosted pages behave by default (a browser may override it): send COOP, close without the message
   * after Approve. @default both off
   */
  hostedPage?: Partial<HostedPageSettings> | undefined;
  /** Webhook retry back-off base: attempt n waits about base × 2^(n-1) (±50% jitter, at most 1 h). @default 1000 */
  webhookRetryBaseMs?: number | undefined;
  /** How long a failing webhook delivery is retried before it is marked exhausted. @default 3 days */
  webhookRetryWindowMs?: number | undefined;
}

export interface ListeningSandbox {
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface Sandbox {
  readonly app: Hono;
  readonly project: { id: string; secret: string };
  listen(port: number, host?: string): Promise<ListeningSandbox>;
  close(): Promise<void>;
}

/**
 * The payment-provider emulator: API, hosted APM pages and webhook delivery.
 *
 * @example
 * const sandbox = createSandbox({ dbPath: ':memory:' });
 * const { url } = await sandbox.listen(0);
 * // curl -u `${sandbox.project.id}:${sandbox.project.secret}` -d first_name=Ada `${url}/customers`
 */
export function createSandbox(options: SandboxOptions): Sandbox {
  const store = createStore(options.dbPath);
  const now = () => Date.now();
  let listenedUrl: string | undefined;
  const project = ensureProject(store, options, now());
  const deps = createDeps(store, {
    now,
    baseUrl: (requestUrl) => trimSlash(options.publicUrl ?? listenedUrl ?? new URL(requestUrl).origin),
    asyncVerifyDelayMs: options.asyncVerifyDelayMs ?? 3000,
    hostedPage: {
      coop: options.hostedPage?.coop ?? false,
      closeWithoutMessage: options.hostedPage?.closeWithoutMessage ?? false,
    },
  });
  const app = createApp(deps);
  const retryBaseMs = options.webhookRetryBaseMs ?? 1000;
  const retry = { baseMs: retryBaseMs, windowMs: options.webhookRetryWindowMs ?? DEFAULT_RETRY_WINDOW_MS };
  const interval = Math.max(
    10,
    Math.min(250, Math.floor(Math.min(retryBaseMs, deps.asyncVerifyDelayMs) / 4)),
  );
  const scheduler = startScheduler(
    [tokenSettler(deps), invoiceSettler(deps), webhookDispatcher({ store, now, retry })],
    interval,
  );
  let closed = false;

  return {
    app: app as unknown as Hono,
    project: { id: project.id, secret: project.secret },
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve) => {
        // Serving: checkpoints move to a worker thread, out of the requests' way.
        store.checkpointInBackground();
        const server = createSandboxServer(app.fetch);
        server.listen(port, host, () => {
          const { port: bound } = server.address() as AddressInfo;
          const url = `http://${host.includes(':') ? `[${host}]` : host}:${bound}`;
          listenedUrl ??= url;
          resolve({
            url,
            port: bound,
            close: () =>
              new Promise<void>((done) => {
                server.close(() => done());
                server.closeAllConnections();
              }),
          });
        });
      }),
    close: async () => {
      if (closed) return;
      closed = true;
      await scheduler.stop();
      await store.stopBackgroundWork();
      store.close();
    },
  };
}

export { type HostedPageSettings, parseHostedPageSettings } from './http/hosted-page-settings.js';

const trimSlash = (url: string) => url.replace(/\/+$/, '');
