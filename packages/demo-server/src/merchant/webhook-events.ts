import { captureIfDue } from './capture-policy.js';
import type { MerchantDeps } from './deps.js';
import { bookInvoice, bookOrder } from './order-book.js';
import { SandboxApiError, type SandboxInvoice, type SandboxToken } from './sandbox-api.js';
import { recordSavedMethod } from './saved-methods.js';
import type { Order } from './store/index.js';

export interface IncomingEvent {
  event_id: string;
  event_type: string;
  data: unknown;
}

/** What an event does once it is known to be new: a synchronous write, then follow-ups outside it. */
export interface EventEffect {
  apply: () => void;
  after?: () => Promise<unknown>;
}

const NOTHING: EventEffect = { apply: () => {} };

type Ref = Record<string, unknown> | undefined;
const field = (value: unknown, key: string): Ref => {
  const inner = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return inner && typeof inner === 'object' ? (inner as Record<string, unknown>) : undefined;
};
const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * Turns a verified event into its effect on the merchant's records. Zero
 * trust beyond the signature: the payload only says which invoice or token
 * changed; the state comes from the sandbox API, read now. Fetch failures
 * throw, so the delivery is answered 5xx and retried later.
 */
export async function effectOf(deps: MerchantDeps, event: IncomingEvent): Promise<EventEffect> {
  const type = event.event_type;
  if (type.startsWith('transaction.')) return transactionEffect(deps, event);
  if (type.startsWith('token.')) return tokenEffect(deps, field(event.data, 'token'));
  if (type.startsWith('checkout_session.')) {
    const session = field(event.data, 'checkout_session');
    const invoiceId = str(session?.invoice_id);
    if (invoiceId) return invoiceEffect(deps, invoiceId, () => {});
    return tokenEffect(deps, { id: session?.token_id, customer_id: session?.customer_id });
  }
  return NOTHING;
}

async function transactionEffect(deps: MerchantDeps, event: IncomingEvent): Promise<EventEffect> {
  const invoiceId =
    str(field(event.data, 'invoice')?.id) ??
    str(field(event.data, 'transaction')?.invoice_id) ??
    str(field(event, 'data')?.invoice_id);
  if (!invoiceId) return NOTHING;
  const disputed = event.event_type === 'transaction.chargeback';
  return invoiceEffect(deps, invoiceId, (order) => {
    if (disputed)
      bookOrder(deps, { ...order, disputed: true, updatedAt: new Date(deps.now()).toISOString() });
  });
}

async function invoiceEffect(
  deps: MerchantDeps,
  invoiceId: string,
  extra: (order: Order) => void,
): Promise<EventEffect> {
  if (!deps.store.orders.findByInvoice(invoiceId)) return NOTHING;
  const invoice: SandboxInvoice = await deps.sandbox.getInvoice(invoiceId);
  let booked: Order | undefined;
  return {
    apply: () => {
      const order = deps.store.orders.findByInvoice(invoiceId);
      if (!order) return;
      booked = bookInvoice(deps, order, invoice);
      extra(booked);
    },
    // An asynchronous APM authorized: an order to be captured "now" is captured at last.
    after: async () => (booked ? captureIfDue(deps, booked, invoice) : undefined),
  };
}

async function tokenEffect(deps: MerchantDeps, ref: Ref): Promise<EventEffect> {
  const tokenId = str(ref?.id);
  const customerId = str(ref?.customer_id);
  if (!tokenId || !customerId) return NOTHING;
  const known =
    deps.store.savedMethods.find(tokenId) ?? deps.store.shoppers.shopperOfCustomer(customerId) ?? undefined;
  if (!known) return NOTHING;
  const token = await currentToken(deps, customerId, tokenId);
  return { apply: () => void recordSavedMethod(deps, { customerId, tokenId }, token) };
}

async function currentToken(deps: MerchantDeps, customerId: string, tokenId: string) {
  try {
    return await deps.sandbox.getToken(customerId, tokenId);
  } catch (error) {
    if (error instanceof SandboxApiError && error.status === 404)
      return undefined as SandboxToken | undefined;
    throw error;
  }
}
