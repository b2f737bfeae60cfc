import type { Invoice } from './types.js';

/** As card schemes allow: capture within 7 days of authorization, or the hold lapses. */
export const AUTHORIZATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Which invoice states allow which move. A `failed` invoice holds no money
 * (its last attempt was declined or failed to settle), so the shopper may pay
 * it again, as ProcessOut lets a transaction be retried.
 */
export const isPayable = (invoice: Invoice) => invoice.status === 'pending' || invoice.status === 'failed';

export const isCapturable = (invoice: Invoice) =>
  invoice.status === 'authorized' || invoice.status === 'partially-captured';

export const isVoidable = (invoice: Invoice) =>
  invoice.status === 'authorized' || invoice.status === 'authorization-pending';
