import { isClosed } from './popup.js';

/** How often to poll `closed`. */
const INTERVAL = 500;
/**
 * Time left for a result that was posted just before the page closed itself:
 * the message and our poll are separate tasks with no guaranteed order.
 */
const GRACE = 300;

/** Calls `onClosed` once the popup is closed; returns the cleanup (clears every timer). */
export function watchClosed(popup: Window, onClosed: () => void): () => void {
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const poll = setInterval(() => {
    if (!isClosed(popup)) return;
    clearInterval(poll);
    graceTimer = setTimeout(onClosed, GRACE);
  }, INTERVAL);
  return () => {
    clearInterval(poll);
    clearTimeout(graceTimer);
  };
}
