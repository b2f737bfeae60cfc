import type { Token, VerificationStatus } from '../domain/types.js';
import type { Db } from './database.js';
import { bool, int, readMetadata } from './json-columns.js';

interface TokenRow {
  id: string;
  project_id: string;
  customer_id: string;
  type: Token['type'];
  gateway_configuration_id: string | null;
  return_url: string | null;
  cancel_url: string | null;
  webhook_url: string | null;
  verify: number;
  verification_status: VerificationStatus;
  is_chargeable: number;
  enabled: number;
  verify_due_at: number | null;
  verify_result: Token['verifyResult'];
  gateway_fingerprint: string | null;
  summary: string | null;
  metadata: string;
  created_at: string;
}

const toToken = (r: TokenRow): Token => ({
  id: r.id,
  projectId: r.project_id,
  customerId: r.customer_id,
  type: r.type,
  gatewayConfigurationId: r.gateway_configuration_id,
  returnUrl: r.return_url,
  cancelUrl: r.cancel_url,
  webhookUrl: r.webhook_url,
  verify: bool(r.verify),
  verificationStatus: r.verification_status,
  isChargeable: bool(r.is_chargeable),
  enabled: bool(r.enabled),
  verifyDueAt: r.verify_due_at,
  verifyResult: r.verify_result,
  gatewayFingerprint: r.gateway_fingerprint,
  summary: r.summary,
  metadata: readMetadata(r.metadata),
  createdAt: r.created_at,
});

const toParams = (t: Token) => ({
  ...t,
  verify: int(t.verify),
  isChargeable: int(t.isChargeable),
  enabled: int(t.enabled),
  metadata: JSON.stringify(t.metadata),
});

export function tokenStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO tokens (id, project_id, customer_id, type, gateway_configuration_id, return_url, cancel_url,
       webhook_url, verify, verification_status, is_chargeable, enabled, verify_due_at, verify_result,
       gateway_fingerprint, summary, metadata, created_at)
     VALUES (@id, @projectId, @customerId, @type, @gatewayConfigurationId, @returnUrl, @cancelUrl, @webhookUrl,
       @verify, @verificationStatus, @isChargeable, @enabled, @verifyDueAt, @verifyResult, @gatewayFingerprint,
       @summary, @metadata, @createdAt)`,
  );
  const update = db.prepare(
    `UPDATE tokens SET type = @type, gateway_configuration_id = @gatewayConfigurationId, verify = @verify,
       verification_status = @verificationStatus, is_chargeable = @isChargeable, enabled = @enabled,
       verify_due_at = @verifyDueAt, verify_result = @verifyResult, gateway_fingerprint = @gatewayFingerprint,
       summary = @summary, metadata = @metadata
     WHERE id = @id AND deleted_at IS NULL`,
  );
  const find = db.prepare<[string, string, string], TokenRow>(
    'SELECT * FROM tokens WHERE project_id = ? AND customer_id = ? AND id = ? AND deleted_at IS NULL',
  );
  const findAnyCustomer = db.prepare<[string, string], TokenRow>(
    'SELECT * FROM tokens WHERE project_id = ? AND id = ? AND deleted_at IS NULL',
  );
  const list = db.prepare<[string, string], TokenRow>(
    `SELECT * FROM tokens WHERE project_id = ? AND customer_id = ? AND deleted_at IS NULL
     ORDER BY created_at, rowid`,
  );
  // A token whose verification failed holds nothing to reuse: saving that account again makes a new one.
  const byFingerprint = db.prepare<[string, string, string], TokenRow>(
    `SELECT * FROM tokens WHERE project_id = ? AND customer_id = ? AND gateway_fingerprint = ?
       AND deleted_at IS NULL AND verification_status != 'failed' ORDER BY created_at, rowid LIMIT 1`,
  );
  const existed = db.prepare<[string, string], { id: string }>(
    'SELECT id FROM tokens WHERE project_id = ? AND id = ?',
  );
  const setEnabled = db.prepare<[number, string]>(
    'UPDATE tokens SET enabled = ? WHERE id = ? AND deleted_at IS NULL',
  );
  const remove = db.prepare<[string, string]>('UPDATE tokens SET deleted_at = ? WHERE id = ?');
  const due = db.prepare<[number], TokenRow>(
    'SELECT * FROM tokens WHERE verify_due_at IS NOT NULL AND verify_due_at <= ? AND deleted_at IS NULL',
  );

  return {
    insert: (token: Token) => insert.run(toParams(token)),
    update: (token: Token) => update.run(toParams(token)),
    find: (projectId: string, customerId: string, id: string): Token | undefined => {
      const row = find.get(projectId, customerId, id);
      return row && toToken(row);
    },
    /** For invoice authorization, where the source names only the token. */
    findInProject: (projectId: string, id: string): Token | undefined => {
      const row = findAnyCustomer.get(projectId, id);
      return row && toToken(row);
    },
    /** The customer's live token for that APM account, if one exists (match-or-create). */
    findByFingerprint: (projectId: string, customerId: string, fingerprint: string): Token | undefined => {
      const row = byFingerprint.get(projectId, customerId, fingerprint);
      return row && toToken(row);
    },
    /** Deleted ones too: a charge with a deleted token says so instead of "not found". */
    existedInProject: (projectId: string, id: string): boolean => existed.get(projectId, id) !== undefined,
    list: (projectId: string, customerId: string): Token[] => list.all(projectId, customerId).map(toToken),
    setEnabled: (id: string, enabled: boolean) => setEnabled.run(int(enabled), id),
    /** Soft delete: events and invoices may still name the token. */
    remove: (id: string, at: string) => remove.run(at, id),
    dueVerifications: (now: number): Token[] => due.all(now).map(toToken),
  };
}
