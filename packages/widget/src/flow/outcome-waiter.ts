import { holdLock } from './flow-lock.js';
import { listen } from './listen.js';
import type { RawOutcome } from './outcome.js';
import { isClosed } from './popup.js';
import { askRelay } from './relay.js';
import { readPending } from './state-store.js';

/** How long a flow may take, from its start; the sandbox holds a hosted page open as long (README). */
export const FLOW_LIFETIME_MS = 15 * 60 * 1000;

/** Back-off between relay questions once the window is out of sight: 1, 2, 4, 8, then every 10 s. */
export const relayDelay = (tries: number) => Math.min(1000 * 2 ** tries, 10_000);

/** Where the waiting happens: the page's window and the checkout it talks to. */
export interface WaitContext {
  win: Window;
  checkoutUrl: string;
  projectId: string;
}

/**
 * Waits for one attempt's outcome. The flow relay is the one source of truth,
 * asked at once whenever there is news: the provider window's message, the
 * window reading closed, the return page of another tab (through storage),
 * this tab coming back to the foreground. A window that reads closed is not a
 * cancel by itself (a provider page behind COOP reads closed while the shopper
 * is still at it): from then on the relay is also asked with back-off. `popup`
 * is none for a flow resumed after a reload. `done` gets the outcome, or
 * `undefined` once the flow's lifetime (from `since`) ran out. Holds the
 * flow's lock meanwhile (`lock` releases one the caller already holds), so a
 * page in another tab does not resume it. Returns the cleanup.
 */
export function waitForOutcome(
  context: WaitContext,
  state: string,
  popup: Window | undefined,
  since: number,
  done: (outcome: RawOutcome | undefined) => void,
  lock?: () => void,
): () => void {
  const { win, checkoutUrl } = context;
  const origin = new URL(checkoutUrl).origin;
  let tries = 0;
  let timer: ReturnType<typeof setTimeout>;
  const over = () => Date.now() >= since + FLOW_LIFETIME_MS;

  /**
   * Two questions at once (a focus and a tick) are harmless: the answers agree, and the flow settles once,
   * whatever comes after (`done` is the caller's, which ignores a second call).
   */
  const ask = () => {
    // The return page of another tab may have stored the outcome already (this page was reloaded since).
    const stored = readPending(state)?.outcome;
    if (stored) return done(stored);
    // At the end of its lifetime the flow is ended at the relay too, which answers a last-second decision.
    const end = over();
    askRelay(context, state, end).then((outcome) => {
      // Ended by us, it answers a decision that came first, else pending (now over): we timed out.
      if (end) done(outcome || undefined);
      // Unknown to the relay once our window is gone: its page never loaded, so nothing was decided.
      else if (outcome || (outcome === null && popup?.closed)) done(outcome ?? { action: 'canceled' });
    });
  };
  /** Watches the window while it is in sight, then asks the relay with back-off; also ends the lifetime. */
  const tick = () => {
    const gone = isClosed(popup ?? null);
    if (gone || over()) ask();
    // A window in sight is checked for `closed` every 500 ms.
    timer = setTimeout(tick, gone ? relayDelay(tries++) : 500);
  };
  /**
   * News: a message is never taken as the result, only as a reason to ask
   * the relay (keyed by the unguessable state), so a forged one can at worst
   * make us ask.
   */
  const news = (event: Event) =>
    (event.type !== 'message' || (event as MessageEvent).origin === origin) && ask();

  const cleanups = [
    lock ?? holdLock(state),
    // Back in the foreground, the shopper may have decided in a window we cannot see, or elsewhere.
    ...(['message', 'storage', 'focus'] as const).map((type) => listen(win, type, news)),
    listen(win.document, 'visibilitychange', news),
    () => clearTimeout(timer),
  ];
  tick();
  return () => {
    for (const cleanup of cleanups) cleanup();
  };
}
