import type { InvoiceTarget, TokenTarget } from '../types.js';

/** What a flow fills: a blank customer token, or an invoice to pay. */
export type Target = ({ kind: 'token' } & TokenTarget) | ({ kind: 'invoice' } & InvoiceTarget);
