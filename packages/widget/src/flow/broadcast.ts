import { isAction, type RawOutcome } from './outcome.js';

const CHANNEL = 'paydrop';

interface ResultMessage {
  state: string;
  outcome: RawOutcome;
}

const supported = () => typeof BroadcastChannel === 'function';

/** Hands a return page's outcome to the tab that started the flow (same origin only, by design of the API). */
export function broadcastOutcome(state: string, outcome: RawOutcome): boolean {
  if (!supported()) return false;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage({ state, outcome } satisfies ResultMessage);
  channel.close();
  return true;
}

/** Waits for the outcome of `state` (an unguessable nonce) from another tab; returns the cleanup. */
export function listenForBroadcast(state: string, onOutcome: (o: RawOutcome) => void): () => void {
  if (!supported()) return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = ({ data }: MessageEvent<Partial<ResultMessage> | null>) => {
    if (data?.state === state && isAction(data.outcome?.action)) onOutcome(data.outcome);
  };
  return () => channel.close();
}
