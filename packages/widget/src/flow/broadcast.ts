import { isAction, type RawOutcome } from './outcome.js';

const CHANNEL = 'paydrop';

interface ResultMessage {
  state: string;
  outcome: RawOutcome;
}

/** Undefined where BroadcastChannel is missing (old Safari): the popup's postMessage still works there. */
const openChannel = () =>
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;

/** Hands a return page's outcome to the tab that started the flow (same origin only, by design of the API). */
export function broadcastOutcome(state: string, outcome: RawOutcome): boolean {
  const channel = openChannel();
  channel?.postMessage({ state, outcome } satisfies ResultMessage);
  channel?.close();
  return !!channel;
}

/** Waits for the outcome of `state` (an unguessable nonce) from another tab; returns the cleanup. */
export function listenForBroadcast(state: string, onOutcome: (o: RawOutcome) => void): () => void {
  const channel = openChannel();
  if (!channel) return () => {};
  channel.onmessage = ({ data }: MessageEvent<Partial<ResultMessage> | null>) => {
    if (data?.state === state && isAction(data.outcome?.action)) onOutcome(data.outcome);
  };
  return () => channel.close();
}
