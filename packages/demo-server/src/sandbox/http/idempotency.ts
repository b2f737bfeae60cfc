import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/index.js';
import { ApiError } from './api-error.js';
import { readText } from './body.js';
import type { SandboxEnv } from './env.js';

/**
 * How long a key may stay reserved without an answer. Handlers finish in
 * milliseconds, so a reservation this old was left by a process that died
 * between reserving and storing the answer; without a limit it would block
 * its key forever.
 */
export const IDEMPOTENCY_RESERVATION_TTL_MS = 60_000;

/**
 * `Idempotency-Key` on POST: the same key with the same body replays the first
 * answer; with another body it is a 409. Server errors are not remembered, so
 * a retry after one can still succeed.
 */
export function idempotent(store: Store, now: () => number): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (key.length === 0 || key.length > 255) {
      throw new ApiError(400, 'request.validation-error', 'Idempotency-Key must be 1 to 255 characters', [
        'Idempotency-Key',
      ]);
    }
    const projectId = c.get('auth').project.id;
    const hash = createHash('sha256')
      .update(`${c.req.method} ${c.req.path}\n${await readText(c)}`)
      .digest('hex');
    const at = now();
    const claim = {
      projectId,
      key,
      requestHash: hash,
      now: at,
      staleBefore: at - IDEMPOTENCY_RESERVATION_TTL_MS,
    };
    if (!store.idempotency.reserve(claim)) return replay(store.idempotency.find(projectId, key), hash);
    try {
      await next();
    } finally {
      if (c.res.status >= 500) store.idempotency.release(projectId, key);
      else store.idempotency.complete(projectId, key, c.res.status, await c.res.clone().text());
    }
  };
}

function replay(stored: ReturnType<Store['idempotency']['find']>, hash: string): Response {
  if (!stored)
    throw new ApiError(409, 'request.idempotency-conflict', 'Idempotency-Key state changed; retry');
  if (stored.requestHash !== hash) {
    throw new ApiError(
      409,
      'request.idempotency-conflict',
      'This Idempotency-Key was used with another request',
    );
  }
  if (stored.status === null || stored.body === null) {
    throw new ApiError(
      409,
      'request.idempotency-in-progress',
      'A request with this Idempotency-Key is running',
    );
  }
  return new Response(stored.body, {
    status: stored.status,
    headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
  });
}
