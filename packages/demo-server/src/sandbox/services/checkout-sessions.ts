import { CHECKOUT_SESSION_TTL_MS } from '../domain/checkout-session-json.js';
import { isPayable } from '../domain/invoice-status.js';
import type { CheckoutSession, Customer, Invoice, Project } from '../domain/types.js';
import { ApiError, notFound, validationError } from '../http/api-error.js';
import type { CheckoutSessionFields } from '../http/checkout-session-fields.js';
import { newId } from '../ids.js';
import type { Deps } from './deps.js';
import { customerOr404 } from './lookups.js';
import { newBlankToken, newCustomer } from './new-resources.js';

/**
 * Creates a Smartpay-style checkout session. In token mode the blank token is
 * made now, so the merchant can store its ID before the shopper even arrives
 * (as Smartpay returns `token.id` at creation); it stays unchargeable until
 * the shopper confirms. Everything commits together or not at all.
 */
export function createCheckoutSession(deps: Deps, project: Project, input: CheckoutSessionFields) {
  return deps.store.transaction((): CheckoutSession => {
    const now = deps.now();
    const invoice = input.mode === 'payment' ? payableInvoice(deps, project.id, input.invoice_id) : undefined;
    const customer = sessionCustomer(deps, project.id, input, invoice, now);
    let tokenId: string | null = null;
    if (input.mode === 'token') {
      const token = newBlankToken(project.id, customer.id, { verify: true }, now);
      deps.store.tokens.insert(token);
      tokenId = token.id;
    }
    const session: CheckoutSession = {
      id: newId('cs'),
      projectId: project.id,
      mode: input.mode,
      customerId: customer.id,
      tokenId,
      invoiceId: invoice?.id ?? null,
      successUrl: input.success_url,
      cancelUrl: input.cancel_url,
      locale: input.locale ?? null,
      status: 'open',
      gatewayConfigurationId: null,
      metadata: input.metadata ?? {},
      expiresAt: now + CHECKOUT_SESSION_TTL_MS,
      closedAt: null,
      createdAt: new Date(now).toISOString(),
    };
    deps.store.checkoutSessions.insert(session);
    return session;
  });
}

function payableInvoice(deps: Deps, projectId: string, invoiceId: string): Invoice {
  const invoice = deps.store.invoices.find(projectId, invoiceId);
  if (!invoice) throw notFound('Invoice');
  if (!isPayable(invoice)) {
    throw new ApiError(409, 'invoice.already-authorized', 'This invoice was already paid or authorized');
  }
  return invoice;
}

/** `customer_id` or an inline `customer` (created here); a payment session may also take the invoice's own. */
function sessionCustomer(
  deps: Deps,
  projectId: string,
  input: CheckoutSessionFields,
  invoice: Invoice | undefined,
  now: number,
): Customer {
  if (input.customer_id && input.customer) {
    throw validationError('Give customer_id or customer, not both', ['customer_id', 'customer']);
  }
  let customer: Customer;
  if (input.customer) {
    customer = newCustomer(projectId, input.customer, now);
    deps.store.customers.insert(customer);
  } else {
    const id = input.customer_id ?? invoice?.customerId;
    if (!id) throw validationError('customer_id or customer is required', ['customer_id']);
    customer = customerOr404(deps, projectId, id);
  }
  if (invoice?.customerId && invoice.customerId !== customer.id) {
    throw validationError('This invoice belongs to another customer', ['invoice_id']);
  }
  return customer;
}
