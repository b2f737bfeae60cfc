import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { relayDelay } from '../../src/flow/outcome-waiter.js';
import { client, config, openedState, stubOpen, target } from './fake-popup.js';
import { fakeRelay } from './fake-relay.js';

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

test('waits 1, 2, 4 and 8 s between questions, then every 10 s', () => {
  expect([0, 1, 2, 3, 4, 5, 12, 60].map(relayDelay)).toEqual([
    1000, 2000, 4000, 8000, 10_000, 10_000, 10_000, 10_000,
  ]);
});

test('asks at once when the window reads closed, then with that back-off', async () => {
  const relay = fakeRelay();
  const { open, popup } = stubOpen();
  void client().tokenize(config, target);
  const state = openedState(open);
  relay.show(state);
  await vi.advanceTimersByTimeAsync(100);
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(60_000);
  const times = relay.times(state);
  // Seen closed at the first watch (0.5 s), then 1, 2, 4, 8, 10, 10 … s apart.
  expect(times.slice(0, 8)).toEqual([500, 1500, 3500, 7500, 15_500, 25_500, 35_500, 45_500]);
});

test('asks once more at once on focus, without doubling the schedule', async () => {
  const relay = fakeRelay();
  const { open, popup } = stubOpen();
  void client().tokenize(config, target);
  const state = openedState(open);
  relay.show(state);
  await vi.advanceTimersByTimeAsync(100);
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(3900);
  window.dispatchEvent(new Event('focus'));
  await vi.advanceTimersByTimeAsync(0);
  expect(relay.times(state)).toEqual([500, 1500, 3500, 4000]);
  await vi.advanceTimersByTimeAsync(4000);
  expect(relay.times(state)).toEqual([500, 1500, 3500, 4000, 7500]);
});
