import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { client, config, openedState, stubOpen, target } from './fake-popup.js';
import { type FakeRelay, fakeRelay } from './fake-relay.js';

let relay: FakeRelay;
beforeEach(() => {
  vi.useFakeTimers();
  relay = fakeRelay();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** Opens a flow, lets the page load (the relay knows it), then closes the window after `after` ms. */
async function closedAfter(after: number, mode: 'popup' | 'new-tab' = 'popup') {
  const { open, popup } = stubOpen();
  let settled = false;
  const flow = client().tokenize(config, { ...target, mode });
  void flow.then(() => {
    settled = true;
  });
  const state = openedState(open);
  relay.show(state);
  await vi.advanceTimersByTimeAsync(after);
  if (popup) popup.closed = true;
  return { flow, state, settled: () => settled };
}

test('is not a cancel by itself: a window that reads closed while the relay says pending keeps waiting', async () => {
  const { state, settled } = await closedAfter(1000);
  await vi.advanceTimersByTimeAsync(30_000);
  expect(settled()).toBe(false);
  expect(relay.asked(state)).toBeGreaterThan(1);
});

test('ends canceled after one relay question when the page told the relay it was closed (its pagehide beacon)', async () => {
  const { flow, state } = await closedAfter(1000);
  relay.decide(state, { status: 'canceled', error_code: 'customer.canceled' });
  await vi.advanceTimersByTimeAsync(500);
  expect((await flow).error?.code).toBe('customer.canceled');
  expect(relay.asked(state)).toBe(1);
});

test('delivers an approval made just before the window closed, message or not', async () => {
  const { flow, state } = await closedAfter(1000);
  relay.approve(state, 'gway_req_late');
  await vi.advanceTimersByTimeAsync(500);
  expect((await flow).token).toBe('gway_req_late');
});

test('ends canceled when the relay never heard of the state: the page never loaded', async () => {
  const { open, popup } = stubOpen();
  const flow = client().tokenize(config, target);
  await vi.advanceTimersByTimeAsync(200);
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(500);
  expect((await flow).error?.code).toBe('customer.canceled');
  expect(relay.asked(openedState(open))).toBe(1);
});

test('treats a new tab that reads closed as a popup does: the relay decides', async () => {
  const { flow, state } = await closedAfter(1000, 'new-tab');
  await vi.advanceTimersByTimeAsync(5000);
  relay.approve(state, 'gway_req_tab');
  await vi.advanceTimersByTimeAsync(10_000);
  expect((await flow).token).toBe('gway_req_tab');
});

test('does not ask the relay while the window is open, unless the tab comes back to the foreground', async () => {
  const { open } = stubOpen();
  void client().tokenize(config, target);
  const state = openedState(open);
  relay.show(state);
  await vi.advanceTimersByTimeAsync(20_000);
  expect(relay.asked(state)).toBe(0);
  window.dispatchEvent(new Event('focus'));
  document.dispatchEvent(new Event('visibilitychange'));
  await vi.advanceTimersByTimeAsync(0);
  expect(relay.asked(state)).toBe(2);
});

test('delivers what the shopper decided elsewhere as soon as the tab is back in the foreground', async () => {
  const { open } = stubOpen();
  const flow = client().tokenize(config, target);
  relay.approve(openedState(open), 'gway_req_elsewhere');
  document.dispatchEvent(new Event('visibilitychange'));
  expect((await flow).token).toBe('gway_req_elsewhere');
});

test('leaves no timer behind once settled', async () => {
  const { flow, state } = await closedAfter(1000);
  relay.approve(state);
  await vi.advanceTimersByTimeAsync(500);
  await flow;
  expect(vi.getTimerCount()).toBe(0);
});
