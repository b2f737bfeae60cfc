import type { Db } from './database.js';

/** A demo shopper's link to the sandbox customer the merchant created for them. */
export function shopperStore(db: Db) {
  const upsert = db.prepare<[string, string, string]>(
    `INSERT INTO shoppers (id, customer_id, created_at) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET customer_id = excluded.customer_id`,
  );
  const customer = db.prepare<[string], { customer_id: string | null }>(
    'SELECT customer_id FROM shoppers WHERE id = ?',
  );
  const shopper = db.prepare<[string], { id: string }>('SELECT id FROM shoppers WHERE customer_id = ?');
  return {
    shopperOfCustomer: (customerId: string): string | undefined => shopper.get(customerId)?.id,
    customerId: (shopperId: string): string | undefined => customer.get(shopperId)?.customer_id ?? undefined,
    link: (shopperId: string, customerId: string, at: string) => upsert.run(shopperId, customerId, at),
  };
}
