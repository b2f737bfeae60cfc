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
    const value: unknown = JSON.parse(store.getItem(key) ?? 'null');
    const flow = value as Partial<PendingFlow> | null;
    return flow && typeof flow.createdAt === 'number' && typeof flow.kind === 'string'
      ? (flow as PendingFlow)
      : undefined;
  } catch {
    return undefined;
  }
}

const expired = (flow: PendingFlow | undefined, now: number) => !flow || now - flow.createdAt > MAX_AGE_MS;

/** Saves a flow and drops expired ones, so abandoned flows do not pile up. */
export function savePending(state: string, flow: PendingFlow): void {
  const store = storage();
  if (!store) return;
  try {
    for (let i = store.length - 1; i >= 0; i--) {
      const key = store.key(i);
      if (key?.startsWith(PREFIX) && expired(read(store, key), flow.createdAt)) store.removeItem(key);
    }
    store.setItem(PREFIX + state, JSON.stringify(flow));
  } catch {
    // Quota or privacy errors: the flow can still finish by postMessage.
  }
}

export function removePending(state: string): void {
  try {
    storage()?.removeItem(PREFIX + state);
  } catch {
    // Nothing to clean if storage is unusable.
  }
}

/** Reads and removes in one step, so one state is never used twice. */
export function takePending(state: string, now = Date.now()): PendingFlow | undefined {
  const store = storage();
  if (!store) return undefined;
  const flow = read(store, PREFIX + state);
  removePending(state);
  return expired(flow, now) ? undefined : flow;
}
