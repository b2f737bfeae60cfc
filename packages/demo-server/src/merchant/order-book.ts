import type { MerchantDeps } from './deps.js';
import { ownerKey } from './live.js';
import type { SandboxInvoice } from './sandbox-api.js';
import type { Order } from './store/index.js';

/** The order as the page sees it (snake_case, like the sandbox's JSON it sits next to). */
export const orderJson = (o: Order) => ({
  id: o.id,
  kind: o.kind,
  name: o.name,
  amount: o.amount,
  currency: o.currency,
  status: o.status,
  captured_amount: o.capturedAmount,
  refunded_amount: o.refundedAmount,
  disputed: o.disputed,
  capture_policy: o.capturePolicy,
  auto_capture_at: o.autoCaptureAt,
  authorization_expires_at: o.authorizationExpiresAt,
  invoice_id: o.invoiceId,
  source: o.source,
  last_error: o.lastError,
  created_at: o.createdAt,
  updated_at: o.updatedAt,
});
export type OrderJson = ReturnType<typeof orderJson>;

/** The order's money state, copied from what the sandbox answered last: the sandbox is the ledger. */
export function withInvoice(order: Order, invoice: SandboxInvoice, at: string): Order {
  const tx = invoice.transaction ?? undefined;
  return {
    ...order,
    invoiceId: invoice.id,
    status: invoice.status,
    capturedAmount: tx?.captured_amount ?? order.capturedAmount,
    refundedAmount: tx?.refunded_amount ?? order.refundedAmount,
    authorizationExpiresAt: tx?.authorization_expires_at ?? null,
    autoCaptureAt: tx?.auto_capture_at ?? null,
    lastError: null,
    updatedAt: at,
  };
}

/** Writes an order and shows the change on every page of its owner (server-sent events). */
export function bookOrder(deps: MerchantDeps, order: Order): Order {
  deps.store.orders.update(order);
  deps.live.publish(ownerKey(order), { type: 'order', data: orderJson(order) });
  return order;
}

/** Books what the sandbox answered for an order's invoice. */
export function bookInvoice(deps: MerchantDeps, order: Order, invoice: SandboxInvoice): Order {
  const fresh = deps.store.orders.find(order.id) ?? order;
  return bookOrder(deps, withInvoice(fresh, invoice, new Date(deps.now()).toISOString()));
}
