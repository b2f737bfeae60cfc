import type { Invoice } from '../domain/types.js';
import type { Db } from './database.js';
import { readMetadata } from './json-columns.js';

export interface InvoiceRow {
  id: string;
  project_id: string;
  customer_id: string | null;
  name: string;
  amount_minor: number;
  currency: string;
  return_url: string | null;
  webhook_url: string | null;
  metadata: string;
  status: Invoice['status'];
  source: string | null;
  gateway_configuration_id: string | null;
  transaction_id: string | null;
  authorized_at: number | null;
  authorization_expires_at: number | null;
  auto_capture_at: number | null;
  preset_auto_capture_at: number | null;
  auto_capture_amount_minor: number | null;
  captured_minor: number;
  refunded_minor: number;
  settle_due_at: number | null;
  settle_result: Invoice['settleResult'];
  created_at: string;
}

export const toInvoice = (r: InvoiceRow): Invoice => ({
  id: r.id,
  projectId: r.project_id,
  customerId: r.customer_id,
  name: r.name,
  amountMinor: r.amount_minor,
  currency: r.currency,
  returnUrl: r.return_url,
  webhookUrl: r.webhook_url,
  metadata: readMetadata(r.metadata),
  status: r.status,
  source: r.source,
  gatewayConfigurationId: r.gateway_configuration_id,
  transactionId: r.transaction_id,
  authorizedAt: r.authorized_at,
  authorizationExpiresAt: r.authorization_expires_at,
  autoCaptureAt: r.auto_capture_at,
  presetAutoCaptureAt: r.preset_auto_capture_at,
  autoCaptureAmountMinor: r.auto_capture_amount_minor,
  capturedMinor: r.captured_minor,
  refundedMinor: r.refunded_minor,
  settleDueAt: r.settle_due_at,
  settleResult: r.settle_result,
  createdAt: r.created_at,
});

const columns = `id, project_id, customer_id, name, amount_minor, currency, return_url, webhook_url, metadata,
  status, source, gateway_configuration_id, transaction_id, authorized_at, authorization_expires_at,
  auto_capture_at, preset_auto_capture_at, auto_capture_amount_minor, captured_minor, refunded_minor, settle_due_at, settle_result, created_at`;
const params = columns.replace(
  /(\w+)/g,
  (name) => `@${name.replace(/_(\w)/g, (_, ch: string) => ch.toUpperCase())}`,
);

export function invoiceStore(db: Db) {
  const insert = db.prepare(`INSERT INTO invoices (${columns}) VALUES (${params})`);
  const update = db.prepare(
    `UPDATE invoices SET status = @status, source = @source, gateway_configuration_id = @gatewayConfigurationId,
       transaction_id = @transactionId, authorized_at = @authorizedAt,
       authorization_expires_at = @authorizationExpiresAt, auto_capture_at = @autoCaptureAt,
       auto_capture_amount_minor = @autoCaptureAmountMinor,
       captured_minor = @capturedMinor, refunded_minor = @refundedMinor, settle_due_at = @settleDueAt,
       settle_result = @settleResult
     WHERE id = @id`,
  );
  const find = db.prepare<[string, string], InvoiceRow>(
    'SELECT * FROM invoices WHERE project_id = ? AND id = ?',
  );
  const dueSettle = db.prepare<[number], InvoiceRow>(
    'SELECT * FROM invoices WHERE settle_due_at IS NOT NULL AND settle_due_at <= ?',
  );
  const dueCapture = db.prepare<[number], InvoiceRow>(
    "SELECT * FROM invoices WHERE status = 'authorized' AND auto_capture_at IS NOT NULL AND auto_capture_at <= ?",
  );
  const clearAutoCapture = db.prepare<[string]>(
    'UPDATE invoices SET auto_capture_at = NULL, auto_capture_amount_minor = NULL WHERE id = ?',
  );

  const toParams = (iv: Invoice) => ({ ...iv, metadata: JSON.stringify(iv.metadata) });
  return {
    insert: (invoice: Invoice) => insert.run(toParams(invoice)),
    update: (invoice: Invoice) => update.run(toParams(invoice)),
    find: (projectId: string, id: string): Invoice | undefined => {
      const row = find.get(projectId, id);
      return row && toInvoice(row);
    },
    dueSettlements: (now: number): Invoice[] => dueSettle.all(now).map(toInvoice),
    dueAutoCaptures: (now: number): Invoice[] => dueCapture.all(now).map(toInvoice),
    clearAutoCapture: (id: string) => clearAutoCapture.run(id),
  };
}
