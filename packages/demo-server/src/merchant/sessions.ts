import { randomBytes } from 'node:crypto';
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import type { MerchantDeps, MerchantEnv } from './deps.js';
import { parseBody } from './responses.js';
import { customerOf, DEMO_SHOPPERS, findShopper } from './shoppers.js';
import type { ShopperSession } from './store/index.js';

const COOKIE = 'paydrop_demo_session';
const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const signInBody = z.object({ shopper: z.string().min(1).max(50) });

/**
 * The cookie session: an opaque random ID in an HttpOnly cookie, everything
 * else in the merchant's database. A browser without one gets a guest session.
 */
export function sessionMiddleware(deps: MerchantDeps): MiddlewareHandler<MerchantEnv> {
  return async (c, next) => {
    const now = deps.now();
    const found = deps.store.sessions.find(getCookie(c, COOKIE) ?? '', now);
    c.set('session', found ?? startSession(c, deps, now));
    await next();
  };
}

function startSession(c: Context, deps: MerchantDeps, now: number): ShopperSession {
  const session: ShopperSession = {
    id: randomBytes(18).toString('base64url'),
    shopperId: null,
    customerId: null,
    tokenId: null,
    invoiceId: null,
    createdAt: new Date(now).toISOString(),
    expiresAt: now + SESSION_TTL_MS,
  };
  deps.store.sessions.insert(session);
  setCookie(c, COOKIE, session.id, {
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_TTL_MS / 1000,
  });
  return session;
}

const me = (session: ShopperSession) => {
  const shopper = session.shopperId ? findShopper(session.shopperId) : undefined;
  return shopper
    ? { id: shopper.id, name: `${shopper.firstName} ${shopper.lastName}`, email: shopper.email }
    : null;
};

/** Sign-in, sign-out, and the customer session a signed-in shopper's drop-in lists saved methods with. */
export function mountSessionRoutes(app: Hono<MerchantEnv>, deps: MerchantDeps) {
  app.get('/api/me', (c) =>
    c.json({
      success: true,
      shopper: me(c.get('session')),
      shoppers: DEMO_SHOPPERS.map((s) => ({
        id: s.id,
        name: `${s.firstName} ${s.lastName}`,
        email: s.email,
      })),
    }),
  );

  app.post('/api/sign-in', async (c) => {
    const body = await parseBody(c, signInBody);
    if ('response' in body) return body.response;
    const shopper = findShopper(body.data.shopper);
    if (!shopper) {
      return c.json(
        { success: false, error_type: 'merchant.unknown-shopper', message: 'No such demo shopper' },
        404,
      );
    }
    const session = c.get('session');
    const customerId = await customerOf(deps, shopper);
    deps.store.sessions.setShopper(session.id, shopper.id, customerId);
    return c.json({ success: true, shopper: me({ ...session, shopperId: shopper.id }) });
  });

  app.post('/api/sign-out', (c) => {
    deps.store.sessions.setShopper(c.get('session').id, null, null);
    return c.json({ success: true, shopper: null });
  });

  // PaySimple's "Get Customer Token" endpoint: the customer comes from the session, so no browser can ask
  // for another shopper's credential. The widget calls back here when the one it holds expires.
  app.post('/api/customer-session', async (c) => {
    const { shopperId, customerId } = c.get('session');
    if (!shopperId || !customerId) {
      return c.json({ success: false, error_type: 'merchant.signed-out', message: 'Sign in first' }, 401);
    }
    const session = await deps.sandbox.createCustomerSession(customerId);
    return c.json({ success: true, customerSession: session.token, expiresAt: session.expires_at });
  });
}
