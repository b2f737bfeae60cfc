import { type Context, Hono } from 'hono';
import { refundJson } from '../domain/transaction-json.js';
import { notFound } from '../http/api-error.js';
import { readBody } from '../http/body.js';
import type { SandboxEnv } from '../http/env.js';
import { refundFields } from '../http/payment-fields.js';
import { parseWith } from '../http/validate.js';
import type { Deps } from '../services/deps.js';
import { invoiceOfTransactionOr404 } from '../services/lookups.js';
import { refundInvoice } from '../services/refunds.js';
import { paymentAnswer } from '../services/transaction-ledger.js';

/**
 * Refunds by invoice (the seeds' `POST /invoices/:id/refunds`) or by
 * transaction (the SDK's `refund.create()` and its reads): one refund either way.
 */
export function refundRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  const guard = [deps.auth.secret, deps.idempotent] as const;
  const projectOf = (c: Context<SandboxEnv>) => c.get('auth').project;

  const refund = async (c: Context<SandboxEnv>, invoiceId: string) => {
    const input = parseWith(refundFields, await readBody(c));
    const done = refundInvoice(deps, projectOf(c), invoiceId, input);
    return c.json({ ...paymentAnswer(deps, done.invoice), refund: refundJson(done.refund, done.invoice) });
  };

  routes.post('/invoices/:invoiceId/refunds', ...guard, (c) => refund(c, c.req.param('invoiceId')));
  routes.post('/transactions/:transactionId/refunds', ...guard, (c) =>
    refund(c, invoiceOfTransactionOr404(deps, projectOf(c).id, c.req.param('transactionId')).id),
  );

  routes.get('/transactions/:transactionId/refunds', deps.auth.secret, (c) => {
    const invoice = invoiceOfTransactionOr404(deps, projectOf(c).id, c.req.param('transactionId'));
    const refunds = deps.store.refunds.ofInvoice(invoice.id).map((r) => refundJson(r, invoice));
    return c.json({ success: true, refunds });
  });

  routes.get('/transactions/:transactionId/refunds/:refundId', deps.auth.secret, (c) => {
    const invoice = invoiceOfTransactionOr404(deps, projectOf(c).id, c.req.param('transactionId'));
    const found = deps.store.refunds.find(invoice.id, c.req.param('refundId'));
    if (!found) throw notFound('Refund');
    return c.json({ success: true, refund: refundJson(found, invoice) });
  });

  return routes;
}
