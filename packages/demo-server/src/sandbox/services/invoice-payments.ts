import { isCapturable, isPayable, isVoidable } from '../domain/invoice-status.js';
import { fromMinor } from '../domain/money.js';
import type { Invoice, Metadata, Project } from '../domain/types.js';
import { minorOrThrow } from '../http/amount-field.js';
import { ApiError, validationError } from '../http/api-error.js';
import type { Deps } from './deps.js';
import { authorizeWithin, emitInvoiceEvent } from './invoice-authorization.js';
import { invoiceOr404 } from './lookups.js';
import { recordOperation } from './transaction-ledger.js';

export { AUTHORIZATION_TTL_MS } from '../domain/invoice-status.js';

export const conflict = (type: string, message: string) => new ApiError(409, type, message);

/**
 * Every move below reads the invoice inside its own transaction and checks
 * the state it finds there, never one loaded before the request body arrived:
 * of two racing requests, the second sees what the first wrote.
 */

export interface CaptureRequest {
  /** Decimal string; the whole remainder when absent. */
  amount?: string | undefined;
  /** The field `amount` came in (`capture_amount`, or the older `amount`), named by a refusal. */
  amountField?: string | undefined;
  /** Authorizes first when the invoice is not yet authorized (ProcessOut's capture-with-source). */
  source?: string | undefined;
  /** Recorded on the capture operation. */
  metadata?: Metadata | undefined;
}

/**
 * Capture-with-source authorizes and captures in one transaction: if the
 * capture cannot happen, the authorization, its event and the spent gateway
 * request are all rolled back, and the invoice is as it was.
 */
export function captureInvoice(
  deps: Deps,
  project: Project,
  invoiceId: string,
  request: CaptureRequest,
): Invoice {
  return deps.store.transaction(() => {
    let invoice = invoiceOr404(deps, project.id, invoiceId);
    const field = request.amountField ?? 'amount';
    const amount =
      request.amount === undefined ? undefined : minorOrThrow(request.amount, invoice.currency, field);
    // Checked before the source is touched, though a throw below rolls the authorization back anyway.
    if (amount !== undefined && amount > invoice.amountMinor) {
      throw validationError(`${field} is more than the invoice amount`, [field]);
    }
    if (isPayable(invoice) && request.source) {
      invoice = authorizeWithin(deps, project, invoice, request.source, { metadata: request.metadata });
      if (invoice.status === 'authorization-pending') {
        throw conflict(
          'transaction.not-capturable',
          'This payment method confirms the payment later: authorize, then capture after transaction.authorized (or authorize with auto_capture_at)',
        );
      }
    }
    return captureWithin(deps, project, invoice, amount, request.metadata);
  });
}

/** Also used by the auto-capture worker; call inside a transaction with a freshly read invoice. */
export function captureWithin(
  deps: Deps,
  project: Project,
  invoice: Invoice,
  amountMinor: number | undefined,
  metadata?: Metadata,
): Invoice {
  if (!isCapturable(invoice)) {
    throw conflict('transaction.not-capturable', `An invoice in status ${invoice.status} cannot be captured`);
  }
  if ((invoice.authorizationExpiresAt ?? 0) <= deps.now()) {
    throw new ApiError(
      400,
      'transaction.authorization-expired',
      'The authorization expired (7 days); authorize again',
    );
  }
  const remaining = invoice.amountMinor - invoice.capturedMinor;
  const amount = amountMinor ?? remaining;
  if (amount <= 0) throw validationError('amount must be greater than zero', ['amount']);
  if (amount > remaining) {
    throw conflict('transaction.amount-exceeds-remaining', 'amount exceeds what is left to capture');
  }
  const capturedMinor = invoice.capturedMinor + amount;
  const next: Invoice = {
    ...invoice,
    capturedMinor,
    autoCaptureAt: null,
    autoCaptureAmountMinor: null,
    status: capturedMinor === invoice.amountMinor ? 'completed' : 'partially-captured',
  };
  deps.store.invoices.update(next);
  recordOperation(deps, next, 'capture', amount, { metadata });
  emitInvoiceEvent(deps, project, 'transaction.captured', next);
  return next;
}

export interface VoidRequest {
  /** ProcessOut's partial void; the sandbox voids whole authorizations, so only the full amount is accepted. */
  amount?: string | undefined;
  metadata?: Metadata | undefined;
}

export function voidInvoice(
  deps: Deps,
  project: Project,
  invoiceId: string,
  request: VoidRequest = {},
): Invoice {
  return deps.store.transaction(() => {
    const invoice = invoiceOr404(deps, project.id, invoiceId);
    if (!isVoidable(invoice)) {
      throw conflict('transaction.not-voidable', `An invoice in status ${invoice.status} cannot be voided`);
    }
    const voided = invoice.amountMinor - invoice.capturedMinor;
    if (request.amount !== undefined && minorOrThrow(request.amount, invoice.currency) !== voided) {
      throw validationError(
        `The sandbox voids the whole authorization (${fromMinor(voided, invoice.currency)}); partial voids are not supported`,
        ['amount'],
      );
    }
    const next: Invoice = {
      ...invoice,
      status: 'voided',
      settleDueAt: null,
      autoCaptureAt: null,
      autoCaptureAmountMinor: null,
    };
    deps.store.invoices.update(next);
    // An authorization still pending has no transaction operation yet; its void is still recorded.
    recordOperation(deps, next, 'void', voided, { metadata: request.metadata });
    emitInvoiceEvent(deps, project, 'transaction.voided', next);
    return next;
  });
}
