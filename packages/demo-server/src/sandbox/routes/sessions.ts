import { Hono } from 'hono';
import type { SandboxEnv } from '../http/env.js';
import { issueSession } from '../http/session-credential.js';
import type { Deps } from '../services/deps.js';
import { customerOr404 } from '../services/lookups.js';

/**
 * PaySimple-style customer token: the merchant server mints it with the
 * secret; the browser then lists and manages that one customer's tokens.
 */
export function sessionRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  routes.post('/customers/:customerId/sessions', deps.auth.secret, deps.idempotent, (c) => {
    const { project } = c.get('auth');
    const customer = customerOr404(deps, project.id, c.req.param('customerId'));
    const { credential, expiresAt } = issueSession(project.id, customer.id, project.secret, deps.now());
    return c.json({
      success: true,
      session: { token: credential, customer_id: customer.id, expires_at: new Date(expiresAt).toISOString() },
    });
  });
  return routes;
}
