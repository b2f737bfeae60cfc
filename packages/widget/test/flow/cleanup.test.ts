import { afterEach, expect, test, vi } from 'vitest';
import { client, config, openedState, postFromCheckout, stubOpen, target } from './fake-popup.js';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

/** Counts live listeners per type on window by pairing add/remove calls. */
function trackListeners() {
  const live = new Map<string, Set<unknown>>();
  const add = window.addEventListener.bind(window);
  const remove = window.removeEventListener.bind(window);
  vi.spyOn(window, 'addEventListener').mockImplementation((type, listener, options) => {
    live.set(type, (live.get(type) ?? new Set()).add(listener));
    add(type, listener, options);
  });
  vi.spyOn(window, 'removeEventListener').mockImplementation((type, listener, options) => {
    live.get(type)?.delete(listener);
    remove(type, listener, options);
  });
  return () => [...live.values()].reduce((sum, set) => sum + set.size, 0);
}

test('leaves no window listener, timer or channel behind after a popup flow ends', async () => {
  const count = trackListeners();
  const channels: BroadcastChannel[] = [];
  const close = vi.spyOn(BroadcastChannel.prototype, 'close');
  const Original = BroadcastChannel;
  vi.stubGlobal(
    'BroadcastChannel',
    class extends Original {
      constructor(name: string) {
        super(name);
        channels.push(this);
      }
    },
  );
  vi.useFakeTimers();
  const { open, popup } = stubOpen();
  const flow = client().tokenize(config, target);
  expect(count()).toBeGreaterThan(0);
  postFromCheckout(popup, { action: 'success', data: 'gway_req_ok', state: openedState(open) });
  await flow;
  expect(count()).toBe(0);
  expect(vi.getTimerCount()).toBe(0);
  expect(close).toHaveBeenCalledTimes(channels.length);
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
