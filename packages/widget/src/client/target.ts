import type { Target } from '../flow/target.js';
import { invalidOptions } from './options.js';

// Any non-empty string: ids are opaque, and the hosted page URL encodes each path segment.
const isId = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Normalises the caller's target; `shape` is the call shown in the error message. */
export function toTarget(value: unknown, shape: string): Target {
  const o = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (o.invoiceId !== undefined) {
    if (isId(o.invoiceId)) return { kind: 'invoice', invoiceId: o.invoiceId };
    invalidOptions('invoiceId must be an invoice ID (iv_…)', shape);
  }
  if (isId(o.customerId) && isId(o.tokenId)) {
    return { kind: 'token', customerId: o.customerId, tokenId: o.tokenId };
  }
  invalidOptions('customerId and tokenId must be IDs (cust_…, tok_…)', shape);
}

export const TOKEN_SHAPE = "{ customerId: 'cust_…', tokenId: 'tok_…', mode?, signal? }";
export const INVOICE_SHAPE = "{ invoiceId: 'iv_…', mode?, signal? }";
