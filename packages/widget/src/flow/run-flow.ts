import { CanceledError } from '../errors/canceled-error.js';
import { PopupBlockedError } from '../errors/popup-blocked-error.js';
import type { ClientEvents, GatewayConfiguration, PopupBlockedFallback, ResolvedFlowMode } from '../types.js';
import { hostedPageUrl } from './hosted-page-url.js';
import { type FlowResult, type RawOutcome, toResult } from './outcome.js';
import { waitForOutcome } from './outcome-waiter.js';
import { onRestoredFromCache } from './pageshow.js';
import { closeWindow, isClosed, openWindow } from './popup.js';
import { navigate } from './redirect.js';
import { askRelay } from './relay.js';
import { createState } from './state-nonce.js';
import { type PendingFlow, readPending, savePending } from './state-store.js';
import type { Target } from './target.js';

/** The message of the `customer.canceled` a flow ends with when its lifetime runs out. */
export const TIMED_OUT = 'Timed out';

export interface FlowSetup {
  win: Window;
  projectId: string;
  checkoutUrl: string;
  config: GatewayConfiguration;
  target: Target;
  mode: ResolvedFlowMode;
  popupBlocked: PopupBlockedFallback;
  signal?: AbortSignal | undefined;
  /**
   * A flow this browser started earlier (the page was reloaded since): wait
   * for it, open nothing; `lock` releases its flow lock, already held.
   */
  resume?: { state: string; since: number; lock: () => void } | undefined;
  /** Returns whether anyone listened (a blocked popup needs someone to offer the retry). */
  emit<K extends keyof ClientEvents>(name: K, event: ClientEvents[K]): boolean;
}

export interface FlowHandle {
  result: Promise<FlowResult>;
  /** Ends the flow as canceled (a newer flow replaced it); closes its popup. */
  cancel(): void;
}

/**
 * Runs one tokenization or payment flow, across its attempts (a retry after a
 * blocked popup is a new attempt with a new state). Everything up to
 * `window.open` is synchronous, so callers must invoke it straight from a
 * click handler. Closures rather than a class: local names minify, class
 * members do not, and the headless core has a 4 KB budget.
 */
export function runFlow(setup: FlowSetup): FlowHandle {
  const { win, config, target, signal, emit, checkoutUrl, projectId } = setup;
  let cleanups: (() => void)[] = [];
  let state: string | undefined;
  let mode = setup.mode;
  let popup: Window | null = null;
  let done = false;
  let resolve: (result: FlowResult) => void;
  let reject: (reason: unknown) => void;
  const result = new Promise<FlowResult>((res, rej) => {
    resolve = res;
    reject = rej;
  });

  /**
   * Drops what the current attempt set up: marks its stored state settled first
   * (a lock released before it would let another tab resume a finished flow;
   * kept, so a return page that loads later hands over instead of failing),
   * then listeners, timers, lock and window.
   */
  const endAttempt = () => {
    // A flow already gone leaves an entry without `createdAt`, which reads as expired.
    if (state) savePending(state, { ...readPending(state), done: 1 } as PendingFlow);
    state = undefined;
    closeWindow(popup);
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
  };
  // An abort after the flow settled finds no state to stop and nothing to settle: its listener may stay.
  const settle = (then: () => void) => {
    if (done) return;
    done = true;
    endAttempt();
    then();
  };
  const report = (flowResult: FlowResult) => () => {
    emit('result', { config, result: flowResult });
    resolve(flowResult);
  };
  const finish = (flowResult: FlowResult) => settle(report(flowResult));
  /**
   * Stopped from this page (the shopper's Cancel, unmount, a newer flow): the
   * sandbox is told, so an Approve in a window we can no longer close (COOP)
   * is refused, not lost. A page already navigating to the provider keeps its
   * state instead: if the navigation goes on, the return still counts.
   */
  const stop = (then: () => void) => {
    if (state && mode === 'redirect') {
      win.stop();
      state = undefined;
    } else if (state) askRelay(setup, state, true);
    settle(then);
  };
  const abort = () => stop(() => reject(signal?.reason));
  const onOutcome = (outcome: RawOutcome | undefined) =>
    finish(outcome ? toResult(outcome, target) : { error: new CanceledError(TIMED_OUT) });

  /** Reported in both fallbacks; with `continue` someone must listen, to offer the retry. */
  const blocked = () => {
    endAttempt();
    const { popupBlocked } = setup;
    const opened = mode as 'popup' | 'new-tab';
    const heard = emit('popup-blocked', {
      config,
      fallback: popupBlocked,
      retry: () => done || start(opened),
    });
    if (popupBlocked === 'redirect') start('redirect');
    else if (!heard) finish({ error: new PopupBlockedError('Popup blocked') });
  };

  const wait = (nonce: string, since: number, opened?: Window, lock?: () => void) =>
    cleanups.push(waitForOutcome(setup, nonce, opened, since, onOutcome, lock));

  const open = (url: string, nonce: string) => {
    const opened = openWindow(win, url, mode as 'popup' | 'new-tab');
    popup = opened;
    // Blocked = no window, or (Safari) one that is closed at once; a page behind COOP reads closed only later.
    if (!opened || isClosed(opened)) return blocked();
    const tick = setTimeout(() => isClosed(opened) && blocked(), 0);
    cleanups.push(() => clearTimeout(tick));
    wait(nonce, Date.now(), opened);
    emit('opened', { config, mode: mode as 'popup' | 'new-tab' });
  };

  const redirect = (url: string) => {
    cleanups.push(onRestoredFromCache(win, () => finish({ error: new CanceledError('Came back') })));
    emit('opened', { config, mode: 'redirect' });
    // The promise stays pending: the page is navigating away, or waits for the UI's `target=_top` link.
    if (!navigate(win, url)) emit('top-navigation-blocked', { config, url });
  };

  const start = (next: ResolvedFlowMode) => {
    endAttempt();
    mode = next;
    const nonce = createState();
    state = nonce;
    savePending(nonce, { ...target, configId: config.id, mode, createdAt: Date.now() });
    const url = hostedPageUrl(checkoutUrl, projectId, target, config.id, nonce);
    if (mode === 'redirect') redirect(url);
    else open(url, nonce);
  };

  if (signal?.aborted) abort();
  else {
    signal?.addEventListener('abort', abort, { once: true });
    const { resume } = setup;
    if (resume) {
      state = resume.state;
      wait(resume.state, resume.since, undefined, resume.lock);
    } else start(mode);
  }
  return { result, cancel: () => stop(report({ error: new CanceledError('Replaced') })) };
}
