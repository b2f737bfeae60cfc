import type { Db } from './database.js';

/** What the merchant remembers about one browser; the browser only holds the opaque cookie `id`. */
export interface ShopperSession {
  id: string;
  /** The signed-in demo shopper, `null` for a guest. */
  shopperId: string | null;
  /** The sandbox customer this browser acts for: the shopper's, or a guest's own. */
  customerId: string | null;
  /** The blank token the next "save" fills. */
  tokenId: string | null;
  /** The unpaid order's invoice. */
  invoiceId: string | null;
  createdAt: string;
  expiresAt: number;
}

interface Row {
  id: string;
  shopper_id: string | null;
  customer_id: string | null;
  token_id: string | null;
  invoice_id: string | null;
  created_at: string;
  expires_at: number;
}

const toSession = (r: Row): ShopperSession => ({
  id: r.id,
  shopperId: r.shopper_id,
  customerId: r.customer_id,
  tokenId: r.token_id,
  invoiceId: r.invoice_id,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
});

export function sessionStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO sessions (id, shopper_id, customer_id, token_id, invoice_id, created_at, expires_at)
     VALUES (@id, @shopperId, @customerId, @tokenId, @invoiceId, @createdAt, @expiresAt)`,
  );
  // Narrow writes, so two requests of one browser racing on different fields do not undo each other.
  const signIn = db.prepare<[string | null, string | null, string]>(
    'UPDATE sessions SET shopper_id = ?, customer_id = ?, token_id = NULL, invoice_id = NULL WHERE id = ?',
  );
  const checkout = db.prepare<[string, string, string]>(
    'UPDATE sessions SET customer_id = ?, token_id = ? WHERE id = ?',
  );
  const invoice = db.prepare<[string | null, string]>('UPDATE sessions SET invoice_id = ? WHERE id = ?');
  const find = db.prepare<[string, number], Row>('SELECT * FROM sessions WHERE id = ? AND expires_at > ?');
  return {
    insert: (session: ShopperSession) => insert.run(session),
    /** Signing in or out starts a new checkout: the blank token and the unpaid invoice were someone else's. */
    setShopper: (id: string, shopperId: string | null, customerId: string | null) =>
      signIn.run(shopperId, customerId, id),
    setCheckout: (id: string, customerId: string, tokenId: string) => checkout.run(customerId, tokenId, id),
    setInvoice: (id: string, invoiceId: string | null) => invoice.run(invoiceId, id),
    find: (id: string, now: number): ShopperSession | undefined => {
      const row = find.get(id, now);
      return row && toSession(row);
    },
  };
}
