import { isAction, type RawOutcome } from './outcome.js';

const CHANNEL = 'paydrop';
const TYPE = 'paydrop:result';

interface ResultMessage {
  type: typeof TYPE;
  state: string;
  outcome: RawOutcome;
}

const supported = () => typeof BroadcastChannel === 'function';

/** Hands a return page's outcome to the tab that started the flow (same origin only, by design of the API). */
export function broadcastOutcome(state: string, outcome: RawOutcome): boolean {
  if (!supported()) return false;
  const channel = new BroadcastChannel(CHANNEL);
  const message: ResultMessage = { type: TYPE, state, outcome };
  channel.postMessage(message);
  channel.close();
  return true;
}

/** Waits for the outcome of `state` from another tab; returns the cleanup. */
export function listenForBroadcast(state: string, onOutcome: (o: RawOutcome) => void): () => void {
  if (!supported()) return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent) => {
    const m = event.data as Partial<ResultMessage> | null;
    if (m?.type !== TYPE || m.state !== state || !isAction(m.outcome?.action)) return;
    onOutcome({ action: m.outcome.action, token: m.outcome.token, code: m.outcome.code });
  };
  return () => channel.close();
}
