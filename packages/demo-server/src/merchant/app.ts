import { type Context, Hono } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { mountInvoiceRoutes } from './invoices.js';
import { invalid, notYours } from './responses.js';
import { createSandboxApi, type SandboxApi, SandboxApiError } from './sandbox-api.js';
import { type CheckoutSession, createSessionStore } from './sessions.js';
import { createMerchantStore } from './store/index.js';
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
}

const COOKIE = 'paydrop_demo_session';
const saveBody = z.object({
  customerId: z.string().min(1),
  tokenId: z.string().min(1),
  token: z.string().startsWith('gway_req_'),
});

/**
 * The reference merchant backend behind the demo page. It holds the secret
 * key, creates the customer, blank token and invoice, and saves what the
 * widget returns. The browser never sees the secret and cannot pick which
 * customer it acts on: the session cookie decides.
 */
export function createMerchantApp(options: MerchantOptions) {
  const sandbox = createSandboxApi({
    apiUrl: options.sandboxApiUrl,
    projectId: options.projectId,
    secret: options.secret,
  });
  const sessions = createSessionStore();
  const store = createMerchantStore(options.dbPath);
  const app = new Hono();

  app.onError((error, c) => {
    if (error instanceof SandboxApiError) {
      const status = error.status >= 400 && error.status < 500 ? 422 : 502;
      return c.json({ success: false, error_type: error.errorType, message: error.message }, status);
    }
    console.error(error);
    return c.json({ success: false, error_type: 'merchant.internal', message: 'Internal error' }, 500);
  });

  const session = (c: Context): CheckoutSession => {
    let id = getCookie(c, COOKIE);
    let found = sessions.get(id);
    if (!found) {
      id = sessions.create();
      found = sessions.get(id) as CheckoutSession;
      setCookie(c, COOKIE, id, { httpOnly: true, sameSite: 'Lax', path: '/' });
    }
    return found;
  };

  app.get('/api/config', (c) =>
    c.json({ success: true, projectId: options.projectId, apiUrl: options.sandboxPublicUrl }),
  );

  app.post('/api/checkout', async (c) => {
    const current = session(c);
    // A reload, or a return from a redirect, keeps the shopper's unsaved blank token.
    const reusable = await currentBlankToken(sandbox, current);
    if (!reusable) {
      const { customer, token } = await startTokenCheckout(sandbox, options.returnUrl);
      current.customerId = customer.id;
      current.tokenId = token.id;
    }
    return c.json({
      success: true,
      projectId: options.projectId,
      apiUrl: options.sandboxPublicUrl,
      customerId: current.customerId,
      tokenId: current.tokenId,
    });
  });

  app.post('/api/tokens/save', async (c) => {
    const parsed = saveBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return invalid(c, parsed.error);
    const current = session(c);
    if (current.customerId !== parsed.data.customerId || current.tokenId !== parsed.data.tokenId) {
      return notYours(c, 'token');
    }
    const token = await sandbox.saveToken(parsed.data.customerId, parsed.data.tokenId, parsed.data.token);
    return c.json({ success: true, token });
  });

  app.get('/api/tokens/current', async (c) => {
    const current = session(c);
    if (!current.customerId || !current.tokenId) {
      return c.json({ success: false, error_type: 'merchant.no-checkout', message: 'No checkout yet' }, 404);
    }
    return c.json({ success: true, token: await sandbox.getToken(current.customerId, current.tokenId) });
  });

  mountInvoiceRoutes(app, {
    sandbox,
    session,
    projectId: options.projectId,
    sandboxPublicUrl: options.sandboxPublicUrl,
    returnUrl: options.returnUrl,
  });

  const webhooks = mountWebhooks(app, { secret: options.secret, store });
  return { app, webhooks, store, close: () => store.close() };
}

async function currentBlankToken(sandbox: SandboxApi, current: CheckoutSession) {
  if (!current.customerId || !current.tokenId) return undefined;
  const token = await sandbox.getToken(current.customerId, current.tokenId).catch(() => undefined);
  return token?.type === 'pending' ? token : undefined;
}

async function startTokenCheckout(sandbox: SandboxApi, returnUrl: string) {
  const customer = await sandbox.createCustomer({
    first_name: 'Ada',
    last_name: 'Lovelace',
    email: 'ada@example.com',
    currency: 'EUR',
    return_url: returnUrl,
  });
  const token = await sandbox.createBlankToken(customer.id, { return_url: returnUrl, verify: true });
  return { customer, token };
}
