import { CanceledError } from '../errors/canceled-error.js';
import { PopupBlockedError } from '../errors/popup-blocked-error.js';
import type { ClientEvents, GatewayConfiguration, PopupBlockedFallback, ResolvedFlowMode } from '../types.js';
import { listenForBroadcast } from './broadcast.js';
import { watchClosed } from './closed-watcher.js';
import { hostedPageUrl } from './hosted-page-url.js';
import { listenForResult } from './message-listener.js';
import { type FlowResult, type RawOutcome, toResult } from './outcome.js';
import { onRestoredFromCache } from './pageshow.js';
import { closeWindow, isClosed, openWindow } from './popup.js';
import { navigate } from './redirect.js';
import { createState } from './state-nonce.js';
import { removePending, savePending } from './state-store.js';
import type { Target } from './target.js';

export interface FlowSetup {
  win: Window;
  projectId: string;
  checkoutUrl: string;
  config: GatewayConfiguration;
  target: Target;
  mode: ResolvedFlowMode;
  popupBlocked: PopupBlockedFallback;
  signal?: AbortSignal | undefined;
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
  const { win, config, target, signal, emit } = setup;
  const origin = new URL(setup.checkoutUrl).origin;
  let cleanups: (() => void)[] = [];
  let state: string | undefined;
  let popup: Window | null = null;
  let done = false;
  let resolve: (result: FlowResult) => void;
  let reject: (reason: unknown) => void;
  const result = new Promise<FlowResult>((res, rej) => {
    resolve = res;
    reject = rej;
  });

  /** Drops everything the current attempt set up: listeners, timers, channel, stored state, its window. */
  const endAttempt = () => {
    closeWindow(popup);
    for (const cleanup of cleanups) cleanup();
    cleanups = [];
    if (state) removePending(state);
    state = undefined;
  };
  const settle = (then: () => void) => {
    if (done) return;
    done = true;
    endAttempt();
    signal?.removeEventListener('abort', abort);
    then();
  };
  const finish = (flowResult: FlowResult) =>
    settle(() => {
      emit('result', { config, result: flowResult });
      resolve(flowResult);
    });
  const abort = () => settle(() => reject(signal?.reason));
  const cancelWith = (message: string) => () => finish({ error: new CanceledError(message) });
  const onOutcome = (outcome: RawOutcome) => finish(toResult(outcome, target));

  /** Reported in both fallbacks; with `continue` someone must listen, to offer the retry. */
  const blocked = (mode: ResolvedFlowMode) => {
    endAttempt();
    const { popupBlocked } = setup;
    const heard = emit('popup-blocked', { config, fallback: popupBlocked, retry: () => done || start(mode) });
    if (popupBlocked === 'redirect') start('redirect');
    else if (!heard) finish({ error: new PopupBlockedError('Popup blocked') });
  };

  const open = (url: string, mode: 'popup' | 'new-tab', nonce: string) => {
    const opened = openWindow(win, url, mode);
    popup = opened;
    // Safari returns a window that is already closed; a new tab may read closed under COOP, so only null counts there.
    if (!opened || (mode === 'popup' && isClosed(opened))) return blocked(mode);
    cleanups.push(listenForResult(win, { origin, source: opened, state: nonce }, onOutcome));
    cleanups.push(listenForBroadcast(nonce, onOutcome));
    if (mode === 'popup') {
      // Popup mode only: closed at once (after a tick) is a block, closed later without a result a cancel.
      const tick = setTimeout(() => isClosed(opened) && blocked(mode), 0);
      cleanups.push(() => clearTimeout(tick), watchClosed(opened, cancelWith('Window closed')));
    }
    emit('opened', { config, mode });
  };

  const redirect = (url: string) => {
    cleanups.push(onRestoredFromCache(win, cancelWith('Came back without paying')));
    emit('opened', { config, mode: 'redirect' });
    // The promise stays pending: the page is navigating away, or waits for the UI's `target=_top` link.
    if (!navigate(win, url)) emit('top-navigation-blocked', { config, url });
  };

  const start = (mode: ResolvedFlowMode) => {
    endAttempt();
    const nonce = createState();
    state = nonce;
    savePending(nonce, { ...target, configId: config.id, mode, createdAt: Date.now() });
    const url = hostedPageUrl(setup.checkoutUrl, setup.projectId, target, config.id, nonce);
    if (mode === 'redirect') redirect(url);
    else open(url, mode, nonce);
  };

  if (signal?.aborted) abort();
  else {
    signal?.addEventListener('abort', abort, { once: true });
    start(setup.mode);
  }
  return { result, cancel: cancelWith('Replaced by a newer flow') };
}
