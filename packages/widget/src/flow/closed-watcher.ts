import { isClosed } from './popup.js';

export interface WatchOptions {
  /** @default 500 */
  interval?: number;
  /**
   * Time left for a result that was posted just before the page closed itself:
   * the message and our poll are separate tasks with no guaranteed order.
   * @default 300
   */
  grace?: number;
}

/** Calls `onClosed` once the popup is closed; returns the cleanup (clears every timer). */
export function watchClosed(popup: Window, onClosed: () => void, options: WatchOptions = {}): () => void {
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const poll = setInterval(() => {
    if (!isClosed(popup)) return;
    clearInterval(poll);
    graceTimer = setTimeout(onClosed, options.grace ?? 300);
  }, options.interval ?? 500);
  return () => {
    clearInterval(poll);
    clearTimeout(graceTimer);
  };
}
