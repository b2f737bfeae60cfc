import { PREFIX } from './state-store.js';

/**
 * A Web Lock per waiting flow: held by the tab that waits, released by the
 * browser when that tab goes away (closed, reloaded), so a page that loads
 * later knows whether anyone still waits for a stored flow. Without the API
 * (old browsers) nothing is held, and a reloaded page may resume a flow that
 * another live tab also waits for: the relay still lets only one save it.
 */
const lockName = (state: string) => PREFIX + state;

/** Holds the lock until the returned function is called. */
export function holdLock(state: string): () => void {
  let release = () => {};
  navigator.locks?.request(lockName(state), () => new Promise<void>((resolve) => (release = resolve)));
  return () => release();
}

// Taking a stored flow's lock if no other tab holds it is resume-found.ts's (tryLock), loaded on demand.
