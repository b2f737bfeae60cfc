import { isPayable } from '../domain/invoice-status.js';
import { tokenJson } from '../domain/serializers.js';
import type { Invoice, Project, Token } from '../domain/types.js';
import { ApiError } from '../http/api-error.js';
import { newId } from '../ids.js';
import type { Deps } from './deps.js';
import { emitInvoiceEvent } from './invoice-authorization.js';
import { invoiceOr404, tokenOr404 } from './lookups.js';
import { recordOperation } from './transaction-ledger.js';

/**
 * "Decline" on a hosted page is the APM refusing the shopper: the merchant
 * hears it by webhook as well as through the widget's `gateway.declined`.
 * Nothing is spent or held, so the shopper may try again (another APM, or the
 * same one) on the same token or invoice.
 */
export function declineToken(deps: Deps, project: Project, customerId: string, tokenId: string): Token {
  return deps.store.transaction(() => {
    const token = tokenOr404(deps, project.id, customerId, tokenId);
    if (token.type !== 'pending') {
      throw new ApiError(409, 'token.already-saved', 'This token already holds payment details');
    }
    const next: Token = {
      ...token,
      verificationStatus: 'failed',
      isChargeable: false,
      verifyDueAt: null,
      verifyResult: null,
    };
    deps.store.tokens.update(next);
    deps.recordEvent(project, 'token.verification_failed', { token: tokenJson(next) }, token.webhookUrl);
    return next;
  });
}

/** The declined attempt is kept on the invoice's (failed) transaction as a failed operation, with the APM that declined it. */
export function declineInvoice(
  deps: Deps,
  project: Project,
  invoiceId: string,
  gatewayConfigurationId: string,
): Invoice {
  return deps.store.transaction(() => {
    const invoice = invoiceOr404(deps, project.id, invoiceId);
    if (!isPayable(invoice)) {
      throw new ApiError(409, 'invoice.already-paid', 'This invoice is no longer awaiting payment');
    }
    const next: Invoice = {
      ...invoice,
      status: 'failed',
      source: null,
      gatewayConfigurationId,
      transactionId: invoice.transactionId ?? newId('tr'),
      authorizedAt: null,
      authorizationExpiresAt: null,
      autoCaptureAt: null,
      autoCaptureAmountMinor: null,
      settleDueAt: null,
      settleResult: null,
    };
    deps.store.invoices.update(next);
    recordOperation(deps, next, 'authorization', next.amountMinor, {
      hasFailed: true,
      errorCode: 'payment.declined',
    });
    emitInvoiceEvent(deps, project, 'transaction.failed', next);
    return next;
  });
}
