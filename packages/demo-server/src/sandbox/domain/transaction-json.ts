import { iso } from './iso-time.js';
import { fromMinor } from './money.js';
import type { Invoice, Refund, TransactionOperation } from './types.js';

/** What a transaction's JSON is read from besides the invoice row: its ledger. */
export interface Ledger {
  operations: TransactionOperation[];
  refunds: Refund[];
}

export const NO_LEDGER: Ledger = { operations: [], refunds: [] };

const firstOf = (ops: TransactionOperation[], type: TransactionOperation['type']) =>
  ops.find((op) => op.type === type && !op.hasFailed);
const lastOf = (ops: TransactionOperation[], type: TransactionOperation['type']) =>
  firstOf([...ops].reverse(), type);

export const refundJson = (r: Refund, iv: Invoice) => ({
  id: r.id,
  transaction_id: iv.transactionId,
  invoice_id: iv.id,
  amount: fromMinor(r.amountMinor, iv.currency),
  reason: r.reason,
  information: r.information,
  // Refunds settle at once in the sandbox; ProcessOut flags one that failed later.
  has_failed: false,
  metadata: r.metadata,
  invoice_detail_ids: null,
  sandbox: true,
  created_at: r.createdAt,
});

export const operationJson = (op: TransactionOperation, currency: string) => ({
  id: op.id,
  transaction_id: op.transactionId,
  token_id: op.tokenId,
  gateway_configuration_id: op.gatewayConfigurationId,
  type: op.type,
  amount: fromMinor(op.amountMinor, currency),
  currency,
  is_attempt: op.isAttempt,
  has_failed: op.hasFailed,
  is_accountable:
    !op.hasFailed && (op.type === 'capture' || op.type === 'refund' || op.type === 'chargeback'),
  error_code: op.errorCode,
  metadata: op.metadata,
  created_at: op.createdAt,
});

/**
 * The transaction as the official SDKs read it (`Transaction.fillWithData`):
 * amounts in major units, the `authorized`/`captured`/`voided`/`refunded`
 * flags and their dates, operations and refunds. `source`,
 * `authorization_expires_at` and `auto_capture_at` are the sandbox's own and
 * stay for the widget and merchant code that already read them.
 */
export function transactionJson(iv: Invoice, { operations, refunds }: Ledger) {
  const money = (minor: number) => fromMinor(minor, iv.currency);
  const authorized = iv.authorizedAt !== null;
  const voided = iv.status === 'voided';
  const failed = iv.status === 'failed' ? [...operations].reverse().find((op) => op.hasFailed) : undefined;
  const chargedbackMinor = operations
    .filter((op) => op.type === 'chargeback')
    .reduce((sum, op) => sum + op.amountMinor, 0);
  return {
    id: iv.transactionId,
    project_id: iv.projectId,
    invoice_id: iv.id,
    customer_id: iv.customerId,
    token_id: iv.source?.startsWith('tok_') ? iv.source : null,
    gateway_configuration_id: iv.gatewayConfigurationId,
    name: iv.name,
    status: iv.status,
    amount: money(iv.amountMinor),
    currency: iv.currency,
    authorized_amount: money(authorized ? iv.amountMinor : 0),
    captured_amount: money(iv.capturedMinor),
    refunded_amount: money(iv.refundedMinor),
    available_amount: money(iv.capturedMinor - iv.refundedMinor - chargedbackMinor),
    voided_amount: money(voided ? iv.amountMinor - iv.capturedMinor : 0),
    authorized,
    captured: iv.capturedMinor > 0,
    voided,
    refunded: iv.refundedMinor > 0,
    chargedback: chargedbackMinor > 0,
    chargedback_amount: money(chargedbackMinor),
    error_code: failed?.errorCode ?? null,
    metadata: iv.metadata,
    source: iv.source,
    authorized_at: iso(iv.authorizedAt),
    authorization_expires_at: iso(iv.authorizationExpiresAt),
    auto_capture_at: iso(iv.autoCaptureAt),
    captured_at: firstOf(operations, 'capture')?.createdAt ?? null,
    voided_at: firstOf(operations, 'void')?.createdAt ?? null,
    refunded_at: lastOf(operations, 'refund')?.createdAt ?? null,
    chargedback_at: lastOf(operations, 'chargeback')?.createdAt ?? null,
    operations: operations.map((op) => operationJson(op, iv.currency)),
    refunds: refunds.map((r) => refundJson(r, iv)),
    sandbox: true,
    created_at: operations[0]?.createdAt ?? iv.createdAt,
  };
}
