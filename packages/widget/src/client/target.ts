import type { Target } from '../flow/target.js';
import { invalidOptions } from './option-checks.js';

// Any non-empty string: ids are opaque, and the hosted page URL encodes each path segment.
const isId = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/**
 * Normalises the caller's target; `shape` is the call shown in the error
 * message. Without `kind`, an `invoiceId` makes it an invoice target.
 */
export function toTarget(value: unknown, shape: string, kind?: Target['kind']): Target {
  const { invoiceId, customerId, tokenId } = (value ?? {}) as Record<string, unknown>;
  if (kind ? kind === 'invoice' : invoiceId !== undefined) {
    // Pay and save: a blank token of the invoice's customer, saved by the same flow.
    if (isId(invoiceId)) return { kind: 'invoice', invoiceId, ...(isId(tokenId) && { tokenId }) };
    invalidOptions('invoiceId must be an ID', shape);
  }
  if (isId(customerId) && isId(tokenId)) return { kind: 'token', customerId, tokenId };
  invalidOptions('customerId and tokenId must be IDs', shape);
}

export const TOKEN_IDS = "customerId: 'cust_…', tokenId: 'tok_…'";
export const INVOICE_ID = "invoiceId: 'iv_…'";
