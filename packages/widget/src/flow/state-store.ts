import type { ResolvedFlowMode } from '../types.js';
import type { RawOutcome } from './outcome.js';
import type { Target } from './target.js';

/**
 * Pending flows live in localStorage, not sessionStorage: the return page may
 * open in another tab (new-tab mode, or a popup whose opener was lost), and
 * sessionStorage is per tab.
 */
export type PendingFlow = Target & {
  configId: string;
  mode: ResolvedFlowMode;
  createdAt: number;
  /**
   * Written by the return page in another tab (new-tab flows, a popup that
   * lost its opener): the `storage` event hands it to the tab that waits, and
   * it stays until that tab settles, so a page loaded later can still resume it.
   */
  outcome?: RawOutcome;
  /**
   * Set when the tab that waited settled the flow: kept until it expires, so
   * that a return page loading after that (the relay answered first) says the
   * result was handed over, never "unknown state"; a settled flow is never resumed.
   */
  done?: 1;
};

/** Of the stored flows' keys, and of their Web Locks' names. */
export const PREFIX = 'paydrop:flow:';
export const MAX_AGE_MS = 30 * 60 * 1000;

/**
 * Every access is guarded: `localStorage` is missing during server rendering
 * and throws when storage is disabled (some privacy modes) or full. A flow
 * still finishes then, by the relay; only a return to another tab is lost.
 */
function attempt<T>(work: () => T): T | undefined {
  try {
    return work();
  } catch {
    return undefined;
  }
}

const read = (key: string): PendingFlow | undefined =>
  attempt(() => JSON.parse(localStorage.getItem(key) as string) ?? undefined);

/** Written so that a missing flow or a malformed `createdAt` (NaN) counts as expired. */
const expired = (flow: PendingFlow | undefined, now: number) =>
  !(now - (flow?.createdAt as number) <= MAX_AGE_MS);

export const savePending = (state: string, flow: PendingFlow): void =>
  attempt(() => localStorage.setItem(PREFIX + state, JSON.stringify(flow)));

export const removePending = (state: string): void => attempt(() => localStorage.removeItem(PREFIX + state));

/** A stored, unexpired flow (a settled one too: see `done`). */
export function readPending(state: string): PendingFlow | undefined {
  const flow = read(PREFIX + state);
  return expired(flow, Date.now()) ? undefined : flow;
}

/** Whether this origin has a stored flow at all: most pages have none, and then nothing is resumed (resume.ts). */
export const hasStoredFlows = (): boolean =>
  !!attempt(() => Object.keys(localStorage).some((key) => key.startsWith(PREFIX)));
