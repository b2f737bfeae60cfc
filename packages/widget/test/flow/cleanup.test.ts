import { afterEach, expect, test, vi } from 'vitest';
import { client, config, openedState, postFromCheckout, stubOpen, target } from './fake-popup.js';
import { fakeRelay } from './fake-relay.js';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

/** Counts live listeners per type on window and document by pairing add/remove calls. */
function trackListeners() {
  const live = new Map<string, Set<unknown>>();
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    vi.spyOn(target, 'addEventListener').mockImplementation((type, listener, options) => {
      live.set(type, (live.get(type) ?? new Set()).add(listener));
      add(type, listener, options);
    });
    vi.spyOn(target, 'removeEventListener').mockImplementation((type, listener, options) => {
      live.get(type)?.delete(listener);
      remove(type, listener, options);
    });
  }
  return () => [...live.values()].reduce((sum, set) => sum + set.size, 0);
}

test('leaves no window or document listener and no timer behind after a popup flow ends', async () => {
  const count = trackListeners();
  const relay = fakeRelay();
  vi.useFakeTimers();
  const { open, popup } = stubOpen();
  const flow = client().tokenize(config, target);
  expect(count()).toBeGreaterThan(0);
  relay.approve(openedState(open));
  postFromCheckout(popup, { action: 'success', state: openedState(open) });
  await vi.advanceTimersByTimeAsync(0);
  await flow;
  expect(count()).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
