import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { MerchantDeps, MerchantEnv } from './deps.js';
import { notYours, parseBody } from './responses.js';
import { SandboxApiError } from './sandbox-api.js';
import { isSaved, recordSavedMethod, stateOf } from './saved-methods.js';
import type { ShopperSession } from './store/index.js';

const saveBody = z.object({
  customerId: z.string().min(1),
  tokenId: z.string().min(1),
  token: z.string().startsWith('gway_req_'),
});

/**
 * Saving a payment method (customer + blank token + the widget's gateway
 * request), and managing the saved ones (list, disable, enable, delete). The
 * customer is always the session's: a signed-in shopper's, or a guest's own.
 */
export function mountTokenRoutes(app: Hono<MerchantEnv>, deps: MerchantDeps) {
  const { sandbox } = deps;

  app.post('/api/checkout', async (c) => {
    const session = c.get('session');
    // A reload, or a return from a redirect, keeps the shopper's unsaved blank token.
    const ids = await blankToken(deps, session);
    return c.json({ success: true, projectId: deps.projectId, apiUrl: deps.sandboxPublicUrl, ...ids });
  });

  app.post('/api/tokens/save', async (c) => {
    const body = await parseBody(c, saveBody);
    if ('response' in body) return body.response;
    const { customerId, tokenId, token: source } = body.data;
    const session = c.get('session');
    if (session.customerId !== customerId || session.tokenId !== tokenId) return notYours(c, 'token');
    const saved = await sandbox.saveToken(customerId, tokenId, source);
    recordSavedMethod(deps, { customerId, tokenId: saved.token.id }, saved.token);
    return c.json({ success: true, token: saved.token, matched: saved.matched === true });
  });

  app.get('/api/tokens/current', async (c) => {
    const { customerId, tokenId } = c.get('session');
    if (!customerId || !tokenId) {
      return c.json({ success: false, error_type: 'merchant.no-checkout', message: 'No checkout yet' }, 404);
    }
    return c.json({ success: true, token: await sandbox.getToken(customerId, tokenId) });
  });

  app.get('/api/saved-methods', async (c) => {
    const { customerId } = c.get('session');
    const tokens = customerId ? (await sandbox.listTokens(customerId)).filter(isSaved) : [];
    return c.json({ success: true, tokens: tokens.map((token) => ({ ...token, state: stateOf(token) })) });
  });

  for (const action of ['enable', 'disable'] as const) {
    app.post(`/api/saved-methods/:tokenId/${action}`, (c) =>
      manage(c, deps, async (customerId, tokenId) =>
        sandbox.setTokenEnabled(customerId, tokenId, action === 'enable'),
      ),
    );
  }
  app.delete('/api/saved-methods/:tokenId', (c) =>
    manage(c, deps, async (customerId, tokenId) => {
      await sandbox.deleteToken(customerId, tokenId);
      return undefined;
    }),
  );
}

/** Runs a management call on one of the session's own tokens; the sandbox 404s anyone else's. */
async function manage(
  c: Context<MerchantEnv>,
  deps: MerchantDeps,
  call: (customerId: string, tokenId: string) => Promise<Parameters<typeof recordSavedMethod>[2]>,
) {
  const { customerId } = c.get('session');
  const tokenId = c.req.param('tokenId') ?? '';
  if (!customerId) return notYours(c, 'payment method');
  const token = await call(customerId, tokenId);
  const state = recordSavedMethod(deps, { customerId, tokenId }, token);
  return c.json({ success: true, token: token ?? null, state });
}

/** The session's unsaved blank token (a reload keeps it), else a new one for its customer. */
export async function blankToken(deps: MerchantDeps, session: ShopperSession) {
  return (await currentBlankToken(deps, session)) ?? (await newBlankToken(deps, session));
}

async function currentBlankToken(deps: MerchantDeps, session: ShopperSession) {
  if (!session.customerId || !session.tokenId) return undefined;
  const token = await deps.sandbox.getToken(session.customerId, session.tokenId).catch(() => undefined);
  return token?.type === 'pending' ? { customerId: session.customerId, tokenId: session.tokenId } : undefined;
}

async function newBlankToken(deps: MerchantDeps, session: ShopperSession) {
  const customerId = (await guestOrShopperCustomer(deps, session)) ?? (await newGuestCustomer(deps));
  const token = await deps.sandbox.createBlankToken(customerId, { return_url: deps.returnUrl, verify: true });
  deps.store.sessions.setCheckout(session.id, customerId, token.id);
  return { customerId, tokenId: token.id };
}

/** The session's customer if the sandbox still knows it (a sandbox started afresh does not). */
async function guestOrShopperCustomer(deps: MerchantDeps, session: ShopperSession) {
  if (!session.customerId) return undefined;
  try {
    await deps.sandbox.getCustomer(session.customerId);
    return session.customerId;
  } catch (error) {
    if (error instanceof SandboxApiError && error.status === 404 && !session.shopperId) return undefined;
    throw error;
  }
}

async function newGuestCustomer(deps: MerchantDeps) {
  const customer = await deps.sandbox.createCustomer({
    first_name: 'Ada',
    last_name: 'Lovelace',
    email: 'ada@example.com',
    currency: 'EUR',
    return_url: deps.returnUrl,
  });
  return customer.id;
}
