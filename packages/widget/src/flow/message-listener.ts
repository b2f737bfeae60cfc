import { parseCheckoutMessage } from './checkout-message.js';
import type { RawOutcome } from './outcome.js';

export interface MessageFilter {
  /** Origin of the checkout pages: the only sender we trust. */
  origin: string;
  /** The window we opened; messages from any other window are ignored. */
  source: Window;
  state: string;
}

/** Listens for the provider page's result; returns the cleanup. Rejected messages are ignored silently. */
export function listenForResult(
  win: Window,
  filter: MessageFilter,
  onOutcome: (o: RawOutcome) => void,
): () => void {
  const onMessage = (event: MessageEvent) => {
    if (event.origin !== filter.origin || event.source !== filter.source) return;
    const outcome = parseCheckoutMessage(event.data, filter.state);
    if (outcome) onOutcome(outcome);
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
