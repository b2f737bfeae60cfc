import { Hono } from 'hono';
import { z } from 'zod';
import { amountField } from '../http/amount-field.js';
import { readBody } from '../http/body.js';
import type { SandboxEnv } from '../http/env.js';
import { text } from '../http/fields.js';
import { parseWith } from '../http/validate.js';
import type { Deps } from '../services/deps.js';
import { expireAuthorization, expireGatewayRequest, raiseChargeback } from '../services/simulations.js';
import { paymentAnswer } from '../services/transaction-ledger.js';

const chargeback = z.object({ amount: amountField.nullish(), reason: text() });

/**
 * `/sandbox/…`: controls no real provider has, for what the provider's world
 * does to a payment (see `services/simulations.ts`). Secret key only, like
 * the rest of the merchant's API; never part of an integration.
 */
export function simulationRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  const guard = [deps.auth.secret, deps.idempotent] as const;

  routes.post('/sandbox/invoices/:invoiceId/chargeback', ...guard, async (c) => {
    const input = parseWith(chargeback, await readBody(c));
    const request = { amount: input.amount ?? undefined, reason: input.reason };
    const invoice = raiseChargeback(deps, c.get('auth').project, c.req.param('invoiceId'), request);
    return c.json(paymentAnswer(deps, invoice));
  });

  routes.post('/sandbox/invoices/:invoiceId/expire-authorization', ...guard, (c) =>
    c.json(paymentAnswer(deps, expireAuthorization(deps, c.get('auth').project, c.req.param('invoiceId')))),
  );

  routes.post('/sandbox/gateway-requests/:id/expire', ...guard, (c) => {
    expireGatewayRequest(deps, c.get('auth').project, c.req.param('id'));
    return c.json({ success: true });
  });

  return routes;
}
