import { Hono } from 'hono';
import { checkoutSessionJson } from '../domain/checkout-session-json.js';
import { notFound } from '../http/api-error.js';
import { readBody } from '../http/body.js';
import { checkoutSessionFields, normalizeCheckoutSessionBody } from '../http/checkout-session-fields.js';
import type { SandboxEnv } from '../http/env.js';
import { parseWith } from '../http/validate.js';
import { createCheckoutSession } from '../services/checkout-sessions.js';
import type { Deps } from '../services/deps.js';

/** Smartpay-style hosted checkout, created and read with the secret key only (never from a browser). */
export function checkoutSessionRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();

  routes.post('/checkout-sessions', deps.auth.secret, deps.idempotent, async (c) => {
    const { project } = c.get('auth');
    const input = parseWith(checkoutSessionFields, normalizeCheckoutSessionBody(await readBody(c)));
    const session = createCheckoutSession(deps, project, input);
    return c.json({
      success: true,
      checkout_session: checkoutSessionJson(session, deps.baseUrl(c.req.url), deps.now()),
    });
  });

  routes.get('/checkout-sessions/:sessionId', deps.auth.secret, (c) => {
    const session = deps.store.checkoutSessions.find(c.get('auth').project.id, c.req.param('sessionId'));
    if (!session) throw notFound('Checkout session');
    return c.json({
      success: true,
      checkout_session: checkoutSessionJson(session, deps.baseUrl(c.req.url), deps.now()),
    });
  });

  return routes;
}
