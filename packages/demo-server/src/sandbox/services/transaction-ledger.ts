import { invoiceJson, tokenJson } from '../domain/serializers.js';
import type { Ledger } from '../domain/transaction-json.js';
import type { Invoice, Metadata, OperationType } from '../domain/types.js';
import { newId } from '../ids.js';
import type { Deps } from './deps.js';

export function ledgerOf(deps: Deps, invoice: Invoice): Ledger {
  return {
    operations: invoice.transactionId ? deps.store.transactions.operations(invoice.transactionId) : [],
    refunds: deps.store.refunds.ofInvoice(invoice.id),
  };
}

/** The invoice JSON with its transaction's operations and refunds, read in the caller's transaction. */
export const invoiceView = (deps: Deps, invoice: Invoice) => invoiceJson(invoice, ledgerOf(deps, invoice));

export interface OperationDetails {
  hasFailed?: boolean;
  errorCode?: string;
  metadata?: Metadata | undefined;
}

/**
 * Appends one move to the invoice's transaction ledger. Call it inside the
 * transaction that writes the move, with the invoice as written.
 */
export function recordOperation(
  deps: Deps,
  invoice: Invoice,
  type: OperationType,
  amountMinor: number,
  details: OperationDetails = {},
): void {
  if (!invoice.transactionId) throw new Error('an operation needs the invoice’s transaction');
  deps.store.transactions.record({
    id: newId('op'),
    transactionId: invoice.transactionId,
    invoiceId: invoice.id,
    type,
    amountMinor,
    isAttempt: type === 'authorization',
    hasFailed: details.hasFailed ?? false,
    gatewayConfigurationId: invoice.gatewayConfigurationId,
    tokenId: invoice.source?.startsWith('tok_') ? invoice.source : null,
    errorCode: details.errorCode ?? null,
    metadata: details.metadata ?? {},
    createdAt: new Date(deps.now()).toISOString(),
  });
}

/** What every payment call answers: the invoice, and its transaction at the top level where the SDKs read it. */
export function paymentAnswer(deps: Deps, invoice: Invoice) {
  const json = invoiceView(deps, invoice);
  return {
    success: true as const,
    invoice: json,
    transaction: json.transaction,
    ...savedWith(deps, invoice),
  };
}

/** Pay and save: the token the payment's provider flow saved, and whether the customer already had it. */
function savedWith(deps: Deps, invoice: Invoice) {
  const link = deps.store.invoiceSavedTokens.find(invoice.id);
  const token =
    link && invoice.customerId && deps.store.tokens.find(invoice.projectId, invoice.customerId, link.tokenId);
  return token ? { token: tokenJson(token), matched: link.matched } : {};
}
