import type { CheckoutSession } from '../domain/types.js';
import type { Db } from './database.js';
import { readMetadata } from './json-columns.js';

interface SessionRow {
  id: string;
  project_id: string;
  mode: CheckoutSession['mode'];
  customer_id: string;
  token_id: string | null;
  invoice_id: string | null;
  success_url: string;
  cancel_url: string;
  locale: string | null;
  status: CheckoutSession['status'];
  gateway_configuration_id: string | null;
  metadata: string;
  expires_at: number;
  closed_at: string | null;
  created_at: string;
}

const toSession = (r: SessionRow): CheckoutSession => ({
  id: r.id,
  projectId: r.project_id,
  mode: r.mode,
  customerId: r.customer_id,
  tokenId: r.token_id,
  invoiceId: r.invoice_id,
  successUrl: r.success_url,
  cancelUrl: r.cancel_url,
  locale: r.locale,
  status: r.status,
  gatewayConfigurationId: r.gateway_configuration_id,
  metadata: readMetadata(r.metadata),
  expiresAt: r.expires_at,
  closedAt: r.closed_at,
  createdAt: r.created_at,
});

export interface SessionClosing {
  id: string;
  status: 'complete' | 'canceled';
  gatewayConfigurationId: string | null;
  closedAt: string;
  now: number;
}

export function checkoutSessionStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO checkout_sessions (id, project_id, mode, customer_id, token_id, invoice_id, success_url,
       cancel_url, locale, status, gateway_configuration_id, metadata, expires_at, closed_at, created_at)
     VALUES (@id, @projectId, @mode, @customerId, @tokenId, @invoiceId, @successUrl, @cancelUrl, @locale,
       @status, @gatewayConfigurationId, @metadata, @expiresAt, @closedAt, @createdAt)`,
  );
  const find = db.prepare<[string, string], SessionRow>(
    'SELECT * FROM checkout_sessions WHERE project_id = ? AND id = ?',
  );
  const findById = db.prepare<[string], SessionRow>('SELECT * FROM checkout_sessions WHERE id = ?');
  const openFor = db.prepare<[string, string, string, number], SessionRow>(
    `SELECT * FROM checkout_sessions
     WHERE project_id = ? AND (token_id = ? OR invoice_id = ?) AND status = 'open' AND expires_at > ?
     ORDER BY created_at DESC LIMIT 1`,
  );
  const close = db.prepare(
    `UPDATE checkout_sessions SET status = @status, gateway_configuration_id = @gatewayConfigurationId,
       closed_at = @closedAt
     WHERE id = @id AND status = 'open' AND expires_at > @now`,
  );

  return {
    insert: (session: CheckoutSession) =>
      insert.run({ ...session, metadata: JSON.stringify(session.metadata) }),
    /** Scoped by project: another project's session is indistinguishable from a missing one. */
    find: (projectId: string, id: string): CheckoutSession | undefined => {
      const row = find.get(projectId, id);
      return row && toSession(row);
    },
    /** For the hosted page, where the unguessable session ID itself is the shopper's capability. */
    findById: (id: string): CheckoutSession | undefined => {
      const row = findById.get(id);
      return row && toSession(row);
    },
    /** The open session whose page the shopper pays or saves this token or invoice on, if any. */
    openFor: (projectId: string, tokenOrInvoiceId: string, now: number): CheckoutSession | undefined => {
      const row = openFor.get(projectId, tokenOrInvoiceId, tokenOrInvoiceId, now);
      return row && toSession(row);
    },
    /**
     * Compare-and-set from `open` (and unexpired): false if the session was
     * already closed, so two concurrent confirms can never both complete it.
     */
    close: (closing: SessionClosing): boolean => close.run(closing).changes === 1,
  };
}
