import type { Db } from './database.js';

/** What the merchant knows of a saved token between two looks at the sandbox, kept current by `token.*`. */
export type SavedMethodState = 'active' | 'pending' | 'failed' | 'disabled' | 'deleted';

export interface SavedMethod {
  tokenId: string;
  customerId: string;
  shopperId: string | null;
  gatewayConfigurationId: string | null;
  state: SavedMethodState;
  updatedAt: string;
}

const columns = `token_id AS tokenId, customer_id AS customerId, shopper_id AS shopperId,
  gateway_configuration_id AS gatewayConfigurationId, state, updated_at AS updatedAt`;

export function savedMethodStore(db: Db) {
  const upsert = db.prepare(
    `INSERT INTO saved_methods (token_id, customer_id, shopper_id, gateway_configuration_id, state, updated_at)
     VALUES (@tokenId, @customerId, @shopperId, @gatewayConfigurationId, @state, @updatedAt)
     ON CONFLICT (token_id) DO UPDATE SET gateway_configuration_id = excluded.gateway_configuration_id,
       state = excluded.state, updated_at = excluded.updated_at`,
  );
  const find = db.prepare<[string], SavedMethod>(`SELECT ${columns} FROM saved_methods WHERE token_id = ?`);
  const ofCustomer = db.prepare<[string], SavedMethod>(
    `SELECT ${columns} FROM saved_methods WHERE customer_id = ? ORDER BY rowid`,
  );
  return {
    put: (method: SavedMethod) => upsert.run(method),
    find: (tokenId: string): SavedMethod | undefined => find.get(tokenId),
    listFor: (customerId: string): SavedMethod[] => ofCustomer.all(customerId),
  };
}
