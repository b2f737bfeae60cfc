import type { Refund } from '../domain/types.js';
import type { Db } from './database.js';
import { readMetadata } from './json-columns.js';

interface RefundRow {
  id: string;
  invoice_id: string;
  amount_minor: number;
  reason: string | null;
  information: string | null;
  metadata: string;
  created_at: string;
}

const toRefund = (r: RefundRow): Refund => ({
  id: r.id,
  invoiceId: r.invoice_id,
  amountMinor: r.amount_minor,
  reason: r.reason,
  information: r.information,
  metadata: readMetadata(r.metadata),
  createdAt: r.created_at,
});

export function refundStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO refunds (id, invoice_id, amount_minor, reason, information, metadata, created_at)
     VALUES (@id, @invoiceId, @amountMinor, @reason, @information, @metadata, @createdAt)`,
  );
  const ofInvoice = db.prepare<[string], RefundRow>(
    'SELECT * FROM refunds WHERE invoice_id = ? ORDER BY rowid',
  );
  const find = db.prepare<[string, string], RefundRow>(
    'SELECT * FROM refunds WHERE invoice_id = ? AND id = ?',
  );
  return {
    insert: (refund: Refund) => insert.run({ ...refund, metadata: JSON.stringify(refund.metadata) }),
    ofInvoice: (invoiceId: string): Refund[] => ofInvoice.all(invoiceId).map(toRefund),
    find: (invoiceId: string, id: string): Refund | undefined => {
      const row = find.get(invoiceId, id);
      return row && toRefund(row);
    },
  };
}
