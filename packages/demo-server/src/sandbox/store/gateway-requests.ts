import type { GatewayRequest } from '../domain/types.js';
import type { Db } from './database.js';

interface GatewayRequestRow {
  id: string;
  project_id: string;
  gateway_configuration_id: string;
  customer_id: string | null;
  token_id: string | null;
  invoice_id: string | null;
  outcome: GatewayRequest['outcome'];
  account: string | null;
  expires_at: number;
  used_at: number | null;
}

const toRequest = (r: GatewayRequestRow): GatewayRequest => ({
  id: r.id,
  projectId: r.project_id,
  gatewayConfigurationId: r.gateway_configuration_id,
  customerId: r.customer_id,
  tokenId: r.token_id,
  invoiceId: r.invoice_id,
  outcome: r.outcome,
  account: r.account,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
});

export function gatewayRequestStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO gateway_requests (id, project_id, gateway_configuration_id, customer_id, token_id, invoice_id,
       outcome, account, expires_at, used_at, created_at)
     VALUES (@id, @projectId, @gatewayConfigurationId, @customerId, @tokenId, @invoiceId, @outcome, @account,
       @expiresAt, NULL, @createdAt)`,
  );
  const find = db.prepare<[string, string], GatewayRequestRow>(
    'SELECT * FROM gateway_requests WHERE project_id = ? AND id = ?',
  );
  const use = db.prepare<[number, string]>(
    'UPDATE gateway_requests SET used_at = ? WHERE id = ? AND used_at IS NULL',
  );

  const expire = db.prepare<[number, string, string]>(
    'UPDATE gateway_requests SET expires_at = ? WHERE project_id = ? AND id = ? AND used_at IS NULL',
  );
  return {
    /** Sandbox time travel (`POST /sandbox/gateway-requests/:id/expire`): false if unknown or spent. */
    expire: (projectId: string, id: string, at: number): boolean =>
      expire.run(at, projectId, id).changes === 1,
    insert: (request: GatewayRequest, createdAt: string) => insert.run({ ...request, createdAt }),
    find: (projectId: string, id: string): GatewayRequest | undefined => {
      const row = find.get(projectId, id);
      return row && toRequest(row);
    },
    /** Compare-and-set, so two concurrent saves cannot both consume one request: false if already used. */
    markUsed: (id: string, now: number): boolean => use.run(now, id).changes === 1,
  };
}
