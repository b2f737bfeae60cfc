import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { MerchantDeps, MerchantEnv } from './deps.js';
import { bookInvoice, bookOrder, orderJson } from './order-book.js';
import { parseBody } from './responses.js';
import { SandboxApiError } from './sandbox-api.js';
import type { Order } from './store/index.js';

/** A decimal string as the sandbox takes it; the sandbox checks it against the currency's minor units. */
const amount = z
  .string()
  .regex(/^\d{1,12}(\.\d{1,4})?$/)
  .optional();
/** The page's nonce for one click of one form: a doubled click is then one capture, one refund. */
const attempt = z.string().min(8).max(100).optional();
const captureBody = z.object({ amount, attempt });
const refundBody = z.object({ amount, attempt, reason: z.string().max(255).optional() });
const voidBody = z.object({ attempt });

/**
 * What the merchant does after an authorization (seed 003), from the orders
 * view: capture all or part, void, refund all or part. Each answers the
 * order as the sandbox left it; a refusal (the 7 days ran out, more than
 * was captured) is passed on as a typed error and the order keeps its state.
 */
export function mountOrderActionRoutes(app: Hono<MerchantEnv>, deps: MerchantDeps) {
  const { sandbox } = deps;
  const key = (action: string, order: Order, nonce: string | undefined) =>
    `${action}:${order.invoiceId}:${nonce ?? randomBytes(12).toString('base64url')}`;

  app.post('/api/orders/:orderId/capture', async (c) => {
    const body = await parseBody(c, captureBody);
    if ('response' in body) return body.response;
    return act(c, deps, (order) =>
      // capture_amount is the API reference's name (the sandbox's older `amount` still works).
      sandbox.captureInvoice(invoiceOf(order), body.data.amount ? { capture_amount: body.data.amount } : {}, {
        idempotencyKey: key('capture', order, body.data.attempt),
      }),
    );
  });

  app.post('/api/orders/:orderId/void', async (c) => {
    const body = await parseBody(c, voidBody);
    if ('response' in body) return body.response;
    return act(c, deps, (order) =>
      sandbox.voidInvoice(invoiceOf(order), { idempotencyKey: key('void', order, body.data.attempt) }),
    );
  });

  app.post('/api/orders/:orderId/refunds', async (c) => {
    const body = await parseBody(c, refundBody);
    if ('response' in body) return body.response;
    const { amount: value, reason } = body.data;
    return act(c, deps, (order) =>
      sandbox.refundInvoice(
        invoiceOf(order),
        { ...(value ? { amount: value } : {}), ...(reason ? { reason } : {}) },
        { idempotencyKey: key('refund', order, body.data.attempt) },
      ),
    );
  });
}

function invoiceOf(order: Order): string {
  if (!order.invoiceId)
    throw new SandboxApiError(409, 'merchant.order-not-paid', 'This order has no payment yet');
  return order.invoiceId;
}

/** The session's own order, or 404 (another shopper's order is not revealed). */
export function ownOrder(c: Context<MerchantEnv>, deps: MerchantDeps): Order | undefined {
  const session = c.get('session');
  const order = deps.store.orders.find(c.req.param('orderId') ?? '');
  if (!order) return undefined;
  const mine = session.shopperId
    ? order.shopperId === session.shopperId
    : order.shopperId === null && order.sessionId === session.id;
  return mine ? order : undefined;
}

async function act(
  c: Context<MerchantEnv>,
  deps: MerchantDeps,
  move: (order: Order) => Promise<Parameters<typeof bookInvoice>[2]>,
) {
  const order = ownOrder(c, deps);
  if (!order) {
    return c.json({ success: false, error_type: 'merchant.order-not-found', message: 'No such order' }, 404);
  }
  try {
    return c.json({ success: true, order: orderJson(bookInvoice(deps, order, await move(order))) });
  } catch (error) {
    if (!(error instanceof SandboxApiError) || error.status >= 500) throw error;
    // The money did not move; the order shows why until the next change.
    const refused = bookOrder(deps, {
      ...order,
      lastError: error.message,
      updatedAt: new Date(deps.now()).toISOString(),
    });
    return c.json({ ...error.body({ capture_amount: 'amount' }), order: orderJson(refused) }, 422);
  }
}
