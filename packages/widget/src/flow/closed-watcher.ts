import { isClosed } from './popup.js';

/** How often to poll `closed`. */
const INTERVAL = 500;

/**
 * Calls `onClosed` once the popup has read closed on two polls in a row: the
 * second poll leaves time for a result posted just before the page closed
 * itself (the message and the poll are separate tasks with no guaranteed
 * order). Returns the cleanup.
 */
export function watchClosed(popup: Window, onClosed: () => void): () => void {
  let seen = false;
  const poll = setInterval(() => {
    if (!isClosed(popup)) return;
    if (seen) {
      clearInterval(poll);
      onClosed();
    }
    seen = true;
  }, INTERVAL);
  return () => clearInterval(poll);
}
