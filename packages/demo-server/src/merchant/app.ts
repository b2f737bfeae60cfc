import { Hono } from 'hono';
import { mountCheckoutOrderRoutes } from './checkout-orders.js';
import type { MerchantDeps, MerchantEnv } from './deps.js';
import { createLiveUpdates, mountLiveRoute } from './live.js';
import { mountOrderActionRoutes } from './order-actions.js';
import { createSandboxApi, SandboxApiError } from './sandbox-api.js';
import { mountSavedMethodChargeRoutes } from './saved-method-charges.js';
import { mountSessionRoutes, sessionMiddleware } from './sessions.js';
import { createMerchantStore } from './store/index.js';
import { mountTokenRoutes } from './tokens.js';
import { mountWebhooks } from './webhooks.js';

export interface MerchantOptions {
  /** Sandbox API as this server reaches it. */
  sandboxApiUrl: string;
  /** Sandbox API and hosted pages as the shopper's browser reaches them. */
  sandboxPublicUrl: string;
  projectId: string;
  secret: string;
  /** Where the provider sends the shopper back: the demo checkout page. */
  returnUrl: string;
  /** The merchant's own SQLite file (never the sandbox's); `:memory:` for throw-away runs. */
  dbPath: string;
  now?: () => number;
}

/**
 * The reference merchant backend behind the demo page. It holds the secret
 * key, signs shoppers in, creates customers, blank tokens, invoices and
 * orders, saves what the widget returns, and follows the sandbox's webhooks.
 * The browser never sees the secret and cannot pick which customer it acts
 * on: the session cookie decides.
 */
export function createMerchantApp(options: MerchantOptions) {
  const store = createMerchantStore(options.dbPath);
  const deps: MerchantDeps = {
    sandbox: createSandboxApi({
      apiUrl: options.sandboxApiUrl,
      projectId: options.projectId,
      secret: options.secret,
    }),
    store,
    live: createLiveUpdates(),
    now: options.now ?? Date.now,
    projectId: options.projectId,
    sandboxPublicUrl: options.sandboxPublicUrl,
    returnUrl: options.returnUrl,
  };
  const app = new Hono<MerchantEnv>();

  app.notFound((c) =>
    c.json({ success: false, error_type: 'merchant.not-found', message: 'No such endpoint' }, 404),
  );
  app.onError((error, c) => {
    if (error instanceof SandboxApiError) {
      const status = error.status >= 400 && error.status < 500 ? 422 : 502;
      return c.json(error.body(), status);
    }
    console.error(error);
    return c.json({ success: false, error_type: 'merchant.internal', message: 'Internal error' }, 500);
  });

  const webhooks = mountWebhooks(app, deps, options.secret);
  // Public settings need no session: served before the session middleware, so a first visit's calls
  // in parallel never start two sessions (the last answer's cookie would win, maybe without the checkout).
  app.get('/api/config', (c) =>
    c.json({ success: true, projectId: options.projectId, apiUrl: options.sandboxPublicUrl }),
  );
  app.use('/api/*', sessionMiddleware(deps));
  mountSessionRoutes(app, deps);
  mountTokenRoutes(app, deps);
  mountCheckoutOrderRoutes(app, deps);
  mountOrderActionRoutes(app, deps);
  mountSavedMethodChargeRoutes(app, deps);
  mountLiveRoute(app, deps.live);

  return { app, webhooks, store, close: () => store.close() };
}
