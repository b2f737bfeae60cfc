import type { Db } from './database.js';

/** Which token an invoice's payment saved ("pay and save"), and whether it was one the customer had. */
export function invoiceSavedTokenStore(db: Db) {
  const link = db.prepare<[string, string, number, string]>(
    `INSERT INTO invoice_saved_tokens (invoice_id, token_id, matched, created_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (invoice_id) DO UPDATE SET token_id = excluded.token_id, matched = excluded.matched`,
  );
  const find = db.prepare<[string], { token_id: string; matched: number }>(
    'SELECT token_id, matched FROM invoice_saved_tokens WHERE invoice_id = ?',
  );
  return {
    link: (invoiceId: string, tokenId: string, matched: boolean, at: string) =>
      link.run(invoiceId, tokenId, matched ? 1 : 0, at),
    find: (invoiceId: string): { tokenId: string; matched: boolean } | undefined => {
      const row = find.get(invoiceId);
      return row && { tokenId: row.token_id, matched: row.matched === 1 };
    },
  };
}
