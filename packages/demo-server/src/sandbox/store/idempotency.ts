import type { Db } from './database.js';

export interface StoredResponse {
  requestHash: string;
  status: number | null;
  body: string | null;
}

interface KeyRow {
  request_hash: string;
  status: number | null;
  body: string | null;
}

export function idempotencyStore(db: Db) {
  const find = db.prepare<[string, string], KeyRow>(
    'SELECT request_hash, status, body FROM idempotency_keys WHERE project_id = ? AND key = ?',
  );
  // A reservation never completed by `staleBefore` was left by a request that died; it is taken over.
  const reserve = db.prepare(
    `INSERT INTO idempotency_keys (project_id, key, request_hash, created_at)
     VALUES (@projectId, @key, @requestHash, @now)
     ON CONFLICT (project_id, key) DO UPDATE SET request_hash = excluded.request_hash, created_at = excluded.created_at
     WHERE idempotency_keys.status IS NULL AND idempotency_keys.created_at <= @staleBefore`,
  );
  const complete = db.prepare(
    'UPDATE idempotency_keys SET status = @status, body = @body WHERE project_id = @projectId AND key = @key',
  );
  const release = db.prepare<[string, string]>(
    'DELETE FROM idempotency_keys WHERE project_id = ? AND key = ?',
  );

  return {
    find: (projectId: string, key: string): StoredResponse | undefined => {
      const row = find.get(projectId, key);
      return row && { requestHash: row.request_hash, status: row.status, body: row.body };
    },
    /**
     * Claims the key before the handler runs so a concurrent duplicate sees it in progress. False if
     * the key is completed, or reserved after `staleBefore`.
     */
    reserve: (claim: {
      projectId: string;
      key: string;
      requestHash: string;
      now: number;
      staleBefore: number;
    }) => reserve.run(claim).changes === 1,
    complete: (projectId: string, key: string, status: number, body: string) =>
      complete.run({ projectId, key, status, body }),
    release: (projectId: string, key: string) => release.run(projectId, key),
  };
}
