import type { MiddlewareHandler } from 'hono';
import type { Store } from '../store/index.js';

/**
 * Holds every response until the batch that holds its writes has committed
 * (group commit: see store/group-commit.ts). Reads wait too, as they may have
 * seen a write of the same batch. A failed commit throws, so the client gets a
 * 500 instead of an acknowledgement of something that was not kept.
 */
export const acknowledgeAfterCommit =
  (store: Store): MiddlewareHandler =>
  async (_c, next) => {
    await next();
    await store.committed();
  };
