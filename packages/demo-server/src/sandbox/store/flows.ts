import type { FlowRecord } from '../domain/types.js';
import type { Db } from './database.js';

interface FlowRow {
  state: string;
  project_id: string;
  gateway_configuration_id: string;
  customer_id: string | null;
  token_id: string | null;
  invoice_id: string | null;
  return_origin: string | null;
  status: FlowRecord['status'];
  gateway_request_id: string | null;
  error_code: string | null;
  expires_at: number;
  decided_at: number | null;
  created_at: number;
}

const toFlow = (r: FlowRow): FlowRecord => ({
  state: r.state,
  projectId: r.project_id,
  gatewayConfigurationId: r.gateway_configuration_id,
  customerId: r.customer_id,
  tokenId: r.token_id,
  invoiceId: r.invoice_id,
  returnOrigin: r.return_origin,
  status: r.status,
  gatewayRequestId: r.gateway_request_id,
  errorCode: r.error_code,
  expiresAt: r.expires_at,
  decidedAt: r.decided_at,
  createdAt: r.created_at,
});

/** A day after they stopped answering, flows are of no use to anyone. */
const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000;

export function flowStore(db: Db) {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO flows (state, project_id, gateway_configuration_id, customer_id, token_id, invoice_id,
       return_origin, status, gateway_request_id, error_code, expires_at, decided_at, created_at)
     VALUES (@state, @projectId, @gatewayConfigurationId, @customerId, @tokenId, @invoiceId, @returnOrigin,
       @status, @gatewayRequestId, @errorCode, @expiresAt, @decidedAt, @createdAt)`,
  );
  const find = db.prepare<[string], FlowRow>('SELECT * FROM flows WHERE state = ?');
  // Only a pending flow changes: a decision is final, and of two racing ones the second changes nothing.
  const decide = db.prepare<
    [FlowRecord['status'], string | null, string | null, number, number, string, number]
  >(
    `UPDATE flows SET status = ?, gateway_request_id = ?, error_code = ?, decided_at = ?, expires_at = ?
     WHERE state = ? AND status = 'pending' AND expires_at > ?`,
  );
  const sweep = db.prepare<[number]>('DELETE FROM flows WHERE expires_at < ?');

  return {
    /** Registers a flow unless its state is taken (two first showings may race); answers what is stored. */
    insert: (flow: FlowRecord): FlowRecord => {
      sweep.run(flow.createdAt - KEEP_EXPIRED_MS);
      insert.run(flow);
      return toFlow(find.get(flow.state) as FlowRow);
    },
    find: (state: string): FlowRecord | undefined => {
      const row = find.get(state);
      return row && toFlow(row);
    },
    /**
     * Compare-and-set from an unexpired `pending`: false if the flow was already decided, expired or
     * does not exist. A decision stays readable until `expiresAt`.
     */
    decide: (
      state: string,
      outcome: { status: FlowRecord['status']; gatewayRequestId: string | null; errorCode: string | null },
      now: number,
      expiresAt: number,
    ): boolean =>
      decide.run(outcome.status, outcome.gatewayRequestId, outcome.errorCode, now, expiresAt, state, now)
        .changes === 1,
  };
}
