import type { Invoice, Metadata, Project, Refund } from '../domain/types.js';
import { minorOrThrow } from '../http/amount-field.js';
import { validationError } from '../http/api-error.js';
import { newId } from '../ids.js';
import type { Deps } from './deps.js';
import { emitInvoiceEvent } from './invoice-authorization.js';
import { conflict } from './invoice-payments.js';
import { invoiceOr404 } from './lookups.js';
import { recordOperation } from './transaction-ledger.js';

export interface RefundRequest {
  /** Decimal string; all that is left to refund when absent. */
  amount?: string | undefined;
  reason?: string | undefined;
  information?: string | undefined;
  metadata?: Metadata | undefined;
}

/** Refunds part or all of what was captured; reads the invoice inside the transaction that writes the refund. */
export function refundInvoice(
  deps: Deps,
  project: Project,
  invoiceId: string,
  request: RefundRequest,
): { invoice: Invoice; refund: Refund } {
  return deps.store.transaction(() => {
    const invoice = invoiceOr404(deps, project.id, invoiceId);
    const amountMinor =
      request.amount === undefined ? undefined : minorOrThrow(request.amount, invoice.currency);
    const refundable = invoice.capturedMinor - invoice.refundedMinor;
    if (refundable <= 0) throw conflict('transaction.not-refundable', 'Nothing captured is left to refund');
    const amount = amountMinor ?? refundable;
    if (amount <= 0) throw validationError('amount must be greater than zero', ['amount']);
    if (amount > refundable) {
      throw conflict('transaction.amount-exceeds-remaining', 'amount exceeds what is left to refund');
    }
    const refundedMinor = invoice.refundedMinor + amount;
    const next: Invoice = {
      ...invoice,
      refundedMinor,
      // Measured against what was captured: refunding all of a partial capture is a full refund.
      status: refundedMinor === invoice.capturedMinor ? 'refunded' : 'partially-refunded',
    };
    const refund: Refund = {
      id: newId('re'),
      invoiceId: invoice.id,
      amountMinor: amount,
      reason: request.reason ?? null,
      information: request.information ?? null,
      metadata: request.metadata ?? {},
      createdAt: new Date(deps.now()).toISOString(),
    };
    deps.store.invoices.update(next);
    deps.store.refunds.insert(refund);
    recordOperation(deps, next, 'refund', amount, { metadata: request.metadata });
    emitInvoiceEvent(deps, project, 'transaction.refunded', next);
    return { invoice: next, refund };
  });
}
