import type { InvoiceTarget, TokenTarget } from '../types.js';

/** What a flow fills: a blank customer token, or an invoice to pay. */
export type Target = ({ kind: 'token' } & TokenTarget) | ({ kind: 'invoice' } & InvoiceTarget);

/**
 * The target's ids as the provider names them, in its path order: the one
 * mapping behind the configurations query, the hosted page path and the
 * return URL check, so they cannot disagree.
 */
export const providerIds = (target: Target): Record<string, string> =>
  target.kind === 'token'
    ? { customer_id: target.customerId, token_id: target.tokenId }
    : { invoice_id: target.invoiceId };
