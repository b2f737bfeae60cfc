import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { client, config, openedState, postFromCheckout, stubOpen, target } from './fake-popup.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  localStorage.clear();
});

test('resolves with CanceledError when the popup is closed without a result', async () => {
  const { popup } = stubOpen();
  const flow = client().tokenize(config, target);
  await vi.advanceTimersByTimeAsync(1000);
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(1000);
  expect((await flow).error?.code).toBe('customer.canceled');
});

test('lets a result posted just before the popup closed win over the cancel', async () => {
  const { open, popup } = stubOpen();
  const flow = client().tokenize(config, target);
  await vi.advanceTimersByTimeAsync(100);
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(500);
  postFromCheckout(popup, { action: 'success', data: 'gway_req_late', state: openedState(open) });
  expect((await flow).token).toBe('gway_req_late');
});

test('does not treat a closed window as a cancel in new-tab mode', async () => {
  const { open, popup } = stubOpen();
  let settled = false;
  const flow = client().tokenize(config, { ...target, mode: 'new-tab' });
  void flow.then(() => {
    settled = true;
  });
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(5000);
  expect(settled).toBe(false);
  expect(open.mock.lastCall?.[2]).toBeUndefined();
  postFromCheckout(popup, { action: 'success', data: 'gway_req_tab', state: openedState(open) });
  expect((await flow).token).toBe('gway_req_tab');
});

test('stops polling once the flow has ended', async () => {
  const { open, popup } = stubOpen();
  const flow = client().tokenize(config, target);
  postFromCheckout(popup, { action: 'canceled', state: openedState(open) });
  await flow;
  expect(vi.getTimerCount()).toBe(0);
});
