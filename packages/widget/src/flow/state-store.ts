import type { ResolvedFlowMode } from '../types.js';
import type { Target } from './target.js';

/**
 * Pending flows live in localStorage, not sessionStorage: the return page may
 * open in another tab (new-tab mode, or a popup whose opener was lost), and
 * sessionStorage is per tab.
 */
export type PendingFlow = Target & { configId: string; mode: ResolvedFlowMode; createdAt: number };

const PREFIX = 'paydrop:flow:';
export const MAX_AGE_MS = 30 * 60 * 1000;

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    // Access throws when storage is disabled (some privacy modes): the popup path still works without it.
    return undefined;
  }
}

function read(store: Storage, key: string): PendingFlow | undefined {
  try {
    return JSON.parse(store.getItem(key) as string) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Written so that a missing flow or a malformed `createdAt` (NaN) counts as expired. */
const expired = (flow: PendingFlow | undefined, now: number) =>
  !(now - (flow?.createdAt as number) <= MAX_AGE_MS);

/** Saves a flow and drops expired ones, so abandoned flows do not pile up. */
export function savePending(state: string, flow: PendingFlow): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of Object.keys(store)) {
      if (key.startsWith(PREFIX) && expired(read(store, key), flow.createdAt)) store.removeItem(key);
    }
    store.setItem(PREFIX + state, JSON.stringify(flow));
  } catch {
    // Quota or privacy errors: the flow can still finish by postMessage.
  }
}

export function removePending(state: string): void {
  // storage() already returned undefined if storage is unusable; removeItem itself does not throw.
  storage()?.removeItem(PREFIX + state);
}

/** Reads and removes in one step, so one state is never used twice. */
export function takePending(state: string): PendingFlow | undefined {
  const store = storage();
  if (!store) return undefined;
  const flow = read(store, PREFIX + state);
  removePending(state);
  return expired(flow, Date.now()) ? undefined : flow;
}
