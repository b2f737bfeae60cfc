import { type Context, Hono } from 'hono';
import type { Invoice } from '../domain/types.js';
import type { SandboxEnv } from '../http/env.js';
import type { Deps } from '../services/deps.js';
import { customerOr404, invoiceOfTransactionOr404 } from '../services/lookups.js';
import { invoiceView } from '../services/transaction-ledger.js';

/** How many transactions a list answers, newest first, like `GET /events`. */
const LIST_LIMIT = 100;

/** Transactions as the SDK's `Transaction` and `customer.fetchTransactions()` read them. */
export function transactionRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  const projectId = (c: Context<SandboxEnv>) => c.get('auth').project.id;
  const transactionOf = (invoice: Invoice) => invoiceView(deps, invoice).transaction;

  routes.get('/transactions', deps.auth.secret, (c) =>
    c.json({
      success: true,
      transactions: deps.store.transactions.latest(projectId(c), LIST_LIMIT).map(transactionOf),
    }),
  );

  routes.get('/transactions/:transactionId', deps.auth.secret, (c) => {
    const invoice = invoiceOfTransactionOr404(deps, projectId(c), c.req.param('transactionId'));
    return c.json({ success: true, transaction: transactionOf(invoice) });
  });

  routes.get('/customers/:customerId/transactions', deps.auth.secret, (c) => {
    const customer = customerOr404(deps, projectId(c), c.req.param('customerId'));
    const invoices = deps.store.transactions.ofCustomer(customer.projectId, customer.id, LIST_LIMIT);
    return c.json({ success: true, transactions: invoices.map(transactionOf) });
  });

  return routes;
}
