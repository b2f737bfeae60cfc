import type { Invoice, TransactionOperation } from '../domain/types.js';
import type { Db } from './database.js';
import { type InvoiceRow, toInvoice } from './invoices.js';
import { bool, int, readMetadata } from './json-columns.js';

interface OperationRow {
  id: string;
  transaction_id: string;
  invoice_id: string;
  type: TransactionOperation['type'];
  amount_minor: number;
  is_attempt: number;
  has_failed: number;
  gateway_configuration_id: string | null;
  token_id: string | null;
  error_code: string | null;
  metadata: string;
  created_at: string;
}

const toOperation = (r: OperationRow): TransactionOperation => ({
  id: r.id,
  transactionId: r.transaction_id,
  invoiceId: r.invoice_id,
  type: r.type,
  amountMinor: r.amount_minor,
  isAttempt: bool(r.is_attempt),
  hasFailed: bool(r.has_failed),
  gatewayConfigurationId: r.gateway_configuration_id,
  tokenId: r.token_id,
  errorCode: r.error_code,
  metadata: readMetadata(r.metadata),
  createdAt: r.created_at,
});

/**
 * A transaction is the payment state an invoice carries (one per invoice, kept
 * across retries) plus its operations ledger; this module looks invoices up by
 * transaction and owns the ledger.
 */
export function transactionStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO transaction_operations (id, transaction_id, invoice_id, type, amount_minor, is_attempt,
       has_failed, gateway_configuration_id, token_id, error_code, metadata, created_at)
     VALUES (@id, @transactionId, @invoiceId, @type, @amountMinor, @isAttempt, @hasFailed,
       @gatewayConfigurationId, @tokenId, @errorCode, @metadata, @createdAt)`,
  );
  const operations = db.prepare<[string], OperationRow>(
    'SELECT * FROM transaction_operations WHERE transaction_id = ? ORDER BY rowid',
  );
  const byTransaction = db.prepare<[string, string], InvoiceRow>(
    'SELECT * FROM invoices WHERE project_id = ? AND transaction_id = ?',
  );
  const latest = db.prepare<[string, number], InvoiceRow>(
    `SELECT * FROM invoices WHERE project_id = ? AND transaction_id IS NOT NULL
     ORDER BY created_at DESC, rowid DESC LIMIT ?`,
  );
  const ofCustomer = db.prepare<[string, string, number], InvoiceRow>(
    `SELECT * FROM invoices WHERE project_id = ? AND customer_id = ? AND transaction_id IS NOT NULL
     ORDER BY created_at DESC, rowid DESC LIMIT ?`,
  );
  return {
    record: (op: TransactionOperation) =>
      insert.run({
        ...op,
        isAttempt: int(op.isAttempt),
        hasFailed: int(op.hasFailed),
        metadata: JSON.stringify(op.metadata),
      }),
    operations: (transactionId: string): TransactionOperation[] =>
      operations.all(transactionId).map(toOperation),
    invoiceOf: (projectId: string, transactionId: string): Invoice | undefined => {
      const row = byTransaction.get(projectId, transactionId);
      return row && toInvoice(row);
    },
    latest: (projectId: string, limit: number): Invoice[] => latest.all(projectId, limit).map(toInvoice),
    ofCustomer: (projectId: string, customerId: string, limit: number): Invoice[] =>
      ofCustomer.all(projectId, customerId, limit).map(toInvoice),
  };
}
