import type { Invoice } from './types.js';

/** As card schemes allow: capture within 7 days of authorization, or the hold lapses. */
export const AUTHORIZATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Which invoice states allow which move. */
export const isPayable = (invoice: Invoice) => invoice.status === 'pending';

export const isCapturable = (invoice: Invoice) =>
  invoice.status === 'authorized' || invoice.status === 'partially-captured';

export const isVoidable = (invoice: Invoice) =>
  invoice.status === 'authorized' || invoice.status === 'authorization-pending';
