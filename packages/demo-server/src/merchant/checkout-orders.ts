import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import { authorizeFields, captureFields, captureIfDue } from './capture-policy.js';
import type { MerchantDeps, MerchantEnv } from './deps.js';
import { bookInvoice, orderJson } from './order-book.js';
import { notYours, parseBody } from './responses.js';
import type { SandboxInvoice } from './sandbox-api.js';
import { recordSavedMethod } from './saved-methods.js';
import type { Order, ShopperSession } from './store/index.js';
import { blankToken } from './tokens.js';

const payBody = z.object({
  invoiceId: z.string().min(1),
  /** The drop-in's gateway request, or the saved method (`tok_…`) the shopper chose in it. */
  token: z.string().regex(/^(gway_req_|tok_)/, 'a gway_req_… or a saved tok_…'),
  ...captureFields,
});

const DEMO_ORDER = { name: 'Paydrop demo order', amount: '24.00', currency: 'EUR' } as const;

/**
 * The "pay now" side of the demo: one unpaid order (and its sandbox invoice)
 * per shopper session. The browser never names whose invoice it pays; it may
 * only echo the one its session holds.
 */
export function mountCheckoutOrderRoutes(app: Hono<MerchantEnv>, deps: MerchantDeps) {
  const { sandbox, store } = deps;

  app.post('/api/invoices', async (c) => {
    const session = c.get('session');
    // A reload, a mode switch or a return from a redirect keeps the shopper's unpaid invoice.
    const invoice = (await unpaidInvoice(deps, session)) ?? (await newCheckoutOrder(deps, session));
    store.sessions.setInvoice(session.id, invoice.id);
    const order = store.orders.findByInvoice(invoice.id);
    // A signed-in shopper may save the method they pay with: a blank token of their customer for it.
    const saveTokenId = session.shopperId ? (await blankToken(deps, c.get('session'))).tokenId : null;
    return c.json({
      success: true,
      projectId: deps.projectId,
      apiUrl: deps.sandboxPublicUrl,
      invoice,
      order: order ? orderJson(order) : null,
      saveTokenId,
    });
  });

  app.post('/api/invoices/pay', async (c) => {
    const body = await parseBody(c, payBody);
    if ('response' in body) return body.response;
    const { invoiceId, token, capture, autoCaptureAt } = body.data;
    const session = c.get('session');
    if (session.invoiceId !== invoiceId) return notYours(c, 'invoice');
    const found = store.orders.findByInvoice(invoiceId);
    const policy = { capturePolicy: capture, autoCaptureAt: autoCaptureAt ?? null };
    const order = found && { ...found, ...policy, updatedAt: new Date(deps.now()).toISOString() };
    if (order) store.orders.update(order);
    // One key per attempt (this gateway request): a double submit is answered with the first result.
    const paid = await sandbox.authorizeInvoice(invoiceId, authorizeFields(token, capture, autoCaptureAt), {
      idempotencyKey: `pay:${invoiceId}:${token}`,
    });
    let invoice = paid.invoice;
    // Pay and save: the sandbox saved the blank token with this payment (or matched one already saved).
    if (paid.token && invoice.customer_id) {
      recordSavedMethod(deps, { customerId: invoice.customer_id, tokenId: paid.token.id }, paid.token);
    }
    if (order) invoice = await captureIfDue(deps, bookInvoice(deps, order, invoice), invoice);
    return c.json({
      success: true,
      invoice,
      transaction: invoice.transaction ?? null,
      token: paid.token ?? null,
      order: orderOf(deps, invoiceId),
    });
  });

  // For async APMs the page polls (or listens on /api/live) until the authorization settles.
  app.get('/api/invoices/current', async (c) => {
    const { invoiceId } = c.get('session');
    if (!invoiceId) {
      return c.json({ success: false, error_type: 'merchant.no-invoice', message: 'No invoice yet' }, 404);
    }
    return c.json({ success: true, invoice: await sandbox.getInvoice(invoiceId) });
  });

  app.get('/api/orders', (c) => {
    const session = c.get('session');
    const orders = store.orders.listFor({ shopperId: session.shopperId, sessionId: session.id });
    return c.json({ success: true, orders: orders.map(orderJson) });
  });
}

const orderOf = (deps: MerchantDeps, invoiceId: string) => {
  const order = deps.store.orders.findByInvoice(invoiceId);
  return order ? orderJson(order) : null;
};

async function unpaidInvoice(deps: MerchantDeps, session: ShopperSession) {
  if (!session.invoiceId) return undefined;
  const invoice = await deps.sandbox.getInvoice(session.invoiceId).catch(() => undefined);
  // A declined (failed) invoice holds no money and the sandbox lets it be paid again.
  return invoice?.status === 'pending' || invoice?.status === 'failed' ? invoice : undefined;
}

async function newCheckoutOrder(deps: MerchantDeps, session: ShopperSession): Promise<SandboxInvoice> {
  const invoice = await deps.sandbox.createInvoice({
    ...DEMO_ORDER,
    return_url: deps.returnUrl,
    // A signed-in shopper's invoice names their customer: the sandbox can then link a saved method to it.
    ...(session.shopperId && session.customerId ? { customer_id: session.customerId } : {}),
  });
  const at = new Date(deps.now()).toISOString();
  const order: Order = {
    id: `ord_${randomBytes(12).toString('base64url')}`,
    attemptKey: null,
    sessionId: session.id,
    shopperId: session.shopperId,
    customerId: session.shopperId ? session.customerId : null,
    invoiceId: invoice.id,
    kind: 'checkout',
    name: DEMO_ORDER.name,
    amount: invoice.amount,
    currency: invoice.currency,
    status: invoice.status,
    capturedAmount: '0',
    refundedAmount: '0',
    source: null,
    capturePolicy: 'later',
    autoCaptureAt: null,
    authorizationExpiresAt: null,
    disputed: false,
    lastError: null,
    createdAt: at,
    updatedAt: at,
  };
  deps.store.orders.insert(order);
  return invoice;
}
