import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { FLOW_LIFETIME_MS } from '../../src/flow/outcome-waiter.js';
import { TIMED_OUT } from '../../src/flow/run-flow.js';
import { client, config, openedState, stubOpen, target } from './fake-popup.js';
import { type FakeRelay, fakeRelay } from './fake-relay.js';

let relay: FakeRelay;
beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  relay = fakeRelay();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

test('ends as customer.canceled, saying it timed out, once the flow’s lifetime runs out', async () => {
  const { open, popup } = stubOpen();
  let settled = false;
  const flow = client().tokenize(config, target);
  void flow.then(() => {
    settled = true;
  });
  const state = openedState(open);
  relay.show(state);
  await vi.advanceTimersByTimeAsync(100);
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(FLOW_LIFETIME_MS - 1000);
  expect(settled).toBe(false);
  await vi.advanceTimersByTimeAsync(10_000);
  const { error } = await flow;
  expect([error?.code, error?.message]).toEqual(['customer.canceled', TIMED_OUT]);
  // The relay was told: a late Approve in that window is refused rather than lost.
  const mine = relay.calls.filter((call) => call.state === state);
  expect(mine.at(-1)).toMatchObject({ end: true });
  expect(mine.filter((call) => call.end)).toHaveLength(1);
});

test('ends a window still in sight at its lifetime too', async () => {
  const { open } = stubOpen();
  const flow = client().tokenize(config, target);
  relay.show(openedState(open));
  await vi.advanceTimersByTimeAsync(FLOW_LIFETIME_MS + 500);
  expect((await flow).error?.message).toBe(TIMED_OUT);
});

test('still delivers an approval the relay answers when it is told to end the flow', async () => {
  const { open, popup } = stubOpen();
  const flow = client().tokenize(config, target);
  const state = openedState(open);
  relay.show(state);
  await vi.advanceTimersByTimeAsync(100);
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(FLOW_LIFETIME_MS - 2000);
  // A minute at the bank is nothing: the approval in the last seconds is not lost.
  relay.approve(state, 'gway_req_last_second');
  await vi.advanceTimersByTimeAsync(12_000);
  expect((await flow).token).toBe('gway_req_last_second');
  expect(relay.calls.filter((call) => call.state === state).at(-1)).toMatchObject({ end: true });
});

test('ends at its lifetime when the relay cannot be reached at all', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => Promise.reject(new TypeError('offline'))),
  );
  const { popup } = stubOpen();
  const flow = client().tokenize(config, target);
  await vi.advanceTimersByTimeAsync(100);
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(FLOW_LIFETIME_MS + 10_000);
  expect((await flow).error?.message).toBe(TIMED_OUT);
});
