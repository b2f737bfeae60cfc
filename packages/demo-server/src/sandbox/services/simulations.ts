import { isCapturable } from '../domain/invoice-status.js';
import type { Invoice, Project } from '../domain/types.js';
import { minorOrThrow } from '../http/amount-field.js';
import { ApiError, notFound, validationError } from '../http/api-error.js';
import type { Deps } from './deps.js';
import { emitInvoiceEvent } from './invoice-authorization.js';
import { conflict } from './invoice-payments.js';
import { invoiceOr404 } from './lookups.js';
import { ledgerOf, recordOperation } from './transaction-ledger.js';

/**
 * What happens to a payment outside the merchant's API calls, which a
 * sandbox must let a test make happen now: the shopper's bank disputing a
 * capture, time passing beyond an authorization or a gateway request.
 */

/** Captured, not refunded and not already charged back: what a bank can still take back. */
function disputable(deps: Deps, invoice: Invoice): number {
  const chargedBack = ledgerOf(deps, invoice)
    .operations.filter((op) => op.type === 'chargeback')
    .reduce((sum, op) => sum + op.amountMinor, 0);
  return invoice.capturedMinor - invoice.refundedMinor - chargedBack;
}

/** Seed 003's chargeback: the shopper's bank takes back all (or part) of a captured payment. */
export function raiseChargeback(
  deps: Deps,
  project: Project,
  invoiceId: string,
  request: { amount?: string | undefined; reason?: string | undefined },
): Invoice {
  return deps.store.transaction(() => {
    const invoice = invoiceOr404(deps, project.id, invoiceId);
    const left = disputable(deps, invoice);
    if (left <= 0) {
      throw conflict(
        'transaction.not-disputable',
        'Only a captured payment, not yet refunded, can be charged back',
      );
    }
    const amount = request.amount === undefined ? left : minorOrThrow(request.amount, invoice.currency);
    if (amount <= 0) throw validationError('amount must be greater than zero', ['amount']);
    if (amount > left) {
      throw conflict('transaction.amount-exceeds-remaining', 'amount exceeds what can still be charged back');
    }
    recordOperation(deps, invoice, 'chargeback', amount, {
      metadata: request.reason ? { reason: request.reason } : undefined,
    });
    emitInvoiceEvent(deps, project, 'transaction.chargeback', invoice);
    return invoice;
  });
}

/** As if the 7 days had passed: a later capture is refused, as it would be then. */
export function expireAuthorization(deps: Deps, project: Project, invoiceId: string): Invoice {
  return deps.store.transaction(() => {
    const invoice = invoiceOr404(deps, project.id, invoiceId);
    if (!isCapturable(invoice)) {
      throw conflict(
        'transaction.not-capturable',
        `An invoice in status ${invoice.status} holds no authorization`,
      );
    }
    const next: Invoice = { ...invoice, authorizationExpiresAt: deps.now(), autoCaptureAt: null };
    deps.store.invoices.update(next);
    return next;
  });
}

/** As if 15 minutes had passed since the hosted page minted it. */
export function expireGatewayRequest(deps: Deps, project: Project, id: string): void {
  if (!deps.store.gatewayRequests.expire(project.id, id, deps.now())) {
    const known = deps.store.gatewayRequests.find(project.id, id);
    if (!known) throw notFound('Gateway request');
    throw new ApiError(409, 'gateway-request.already-used', 'This gateway request has already been used');
  }
}
