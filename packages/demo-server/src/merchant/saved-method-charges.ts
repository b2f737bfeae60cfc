import { randomBytes } from 'node:crypto';
import type { Hono } from 'hono';
import { z } from 'zod';
import { authorizeFields, captureFields, captureIfDue } from './capture-policy.js';
import type { MerchantDeps, MerchantEnv } from './deps.js';
import { bookInvoice, bookOrder, orderJson } from './order-book.js';
import { parseBody, signedOut } from './responses.js';
import { SandboxApiError } from './sandbox-api.js';
import type { Order, ShopperSession } from './store/index.js';

const chargeBody = z.object({
  tokenId: z.string().startsWith('tok_'),
  amount: z.string().regex(/^\d{1,12}(\.\d{1,4})?$/),
  /** The page's nonce for this payment attempt: one attempt, one order, one charge. */
  attempt: z.string().min(8).max(100),
  name: z.string().min(1).max(255).default('Saved-method charge'),
  ...captureFields,
});

/**
 * "Charge the saved method": a merchant-initiated payment (MIT, seed 003)
 * with the shopper's saved `tok_…`, and no shopper in the loop. The attempt
 * nonce makes it safe to submit twice: the second request finds the order
 * the first created, and every sandbox call of the attempt carries a key
 * derived from it, so the sandbox answers rather than charges again.
 */
export function mountSavedMethodChargeRoutes(app: Hono<MerchantEnv>, deps: MerchantDeps) {
  app.post('/api/orders/charge-saved-method', async (c) => {
    const body = await parseBody(c, chargeBody);
    if ('response' in body) return body.response;
    const session = c.get('session');
    if (!session.shopperId || !session.customerId) return signedOut(c);
    const attemptKey = `${session.id}:${body.data.attempt}`;
    const order = newOrder(deps, session, attemptKey, body.data);
    if (!deps.store.orders.insert(order)) {
      const first = deps.store.orders.findByAttempt(attemptKey);
      return c.json({ success: true, duplicate: true, order: first ? orderJson(first) : null });
    }
    try {
      const charged = await charge(deps, order, body.data);
      return c.json({ success: true, duplicate: false, order: orderJson(charged) });
    } catch (error) {
      if (!(error instanceof SandboxApiError) || error.status >= 500) throw error;
      const current = deps.store.orders.find(order.id) ?? order;
      const failed = bookOrder(deps, {
        ...current,
        status: 'failed',
        lastError: error.message,
        updatedAt: new Date(deps.now()).toISOString(),
      });
      return c.json({ ...error.body({ source: 'tokenId' }), order: orderJson(failed) }, 422);
    }
  });
}

type ChargeInput = z.infer<typeof chargeBody>;

async function charge(deps: MerchantDeps, order: Order, input: ChargeInput): Promise<Order> {
  const key = (step: string) => `mit:${order.attemptKey}:${step}`;
  const invoice = await deps.sandbox.createInvoice(
    {
      name: order.name,
      amount: order.amount,
      currency: order.currency,
      customer_id: order.customerId,
      return_url: deps.returnUrl,
      metadata: { order_id: order.id },
    },
    { idempotencyKey: key('invoice') },
  );
  const withInvoice = bookOrder(deps, { ...order, invoiceId: invoice.id });
  const authorized = await deps.sandbox.authorizeInvoice(
    invoice.id,
    authorizeFields(input.tokenId, input.capture, input.autoCaptureAt),
    { idempotencyKey: key('authorize') },
  );
  const booked = bookInvoice(deps, withInvoice, authorized.invoice);
  await captureIfDue(deps, booked, authorized.invoice);
  return deps.store.orders.find(order.id) ?? booked;
}

function newOrder(
  deps: MerchantDeps,
  session: ShopperSession,
  attemptKey: string,
  input: ChargeInput,
): Order {
  const at = new Date(deps.now()).toISOString();
  return {
    id: `ord_${randomBytes(12).toString('base64url')}`,
    attemptKey,
    sessionId: session.id,
    shopperId: session.shopperId,
    customerId: session.customerId,
    invoiceId: null,
    kind: 'saved-method',
    name: input.name,
    amount: input.amount,
    currency: 'EUR',
    status: 'processing',
    capturedAmount: '0',
    refundedAmount: '0',
    source: input.tokenId,
    capturePolicy: input.capture,
    autoCaptureAt: input.autoCaptureAt ?? null,
    authorizationExpiresAt: null,
    disputed: false,
    lastError: null,
    createdAt: at,
    updatedAt: at,
  };
}
