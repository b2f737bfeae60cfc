import { expect } from 'vitest';
import { findPending } from '../../src/flow/state-store.js';

/**
 * A settled flow stays in storage, marked `done` (so a return page that loads later hands over instead of
 * answering "unknown state"), and is never picked up again: a reloaded page finds nothing to resume.
 */
export function expectSettled(key: string): void {
  const stored = localStorage.getItem(key);
  if (stored !== null) expect(JSON.parse(stored)).toMatchObject({ done: 1 });
  const flow = stored === null ? undefined : (JSON.parse(stored) as Parameters<typeof findPending>[0]);
  if (flow?.kind) expect(findPending(flow, Number.POSITIVE_INFINITY)).toBeUndefined();
}
