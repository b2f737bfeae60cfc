import { afterEach, expect, test, vi } from 'vitest';
import type { ClientEvents } from '../../src/types.js';
import {
  client,
  config,
  fakePopup,
  openedState,
  postFromCheckout,
  stubNavigation,
  stubOpen,
  target,
} from './fake-popup.js';
import { fakeRelay } from './fake-relay.js';
import { expectSettled } from './settled.js';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

test('resolves with PopupBlockedError when window.open returns null and nobody listens', async () => {
  stubOpen(null);
  const { error } = await client().tokenize(config, target);
  expect(error?.name).toBe('PopupBlockedError');
  expect(error?.code).toBe('customer.popup-blocked');
});

test('treats a window that is closed right after opening as blocked', async () => {
  stubOpen(fakePopup(true));
  expect((await client().tokenize(config, target)).error?.code).toBe('customer.popup-blocked');
});

test('treats a new tab that is closed at once as blocked too, as Safari’s blocker leaves it', async () => {
  stubOpen(fakePopup(true));
  expect((await client().tokenize(config, { ...target, mode: 'new-tab' })).error?.code).toBe(
    'customer.popup-blocked',
  );
});

test('treats a new tab that closes within a tick of opening as blocked', async () => {
  vi.useFakeTimers();
  const { popup } = stubOpen();
  const flow = client().tokenize(config, { ...target, mode: 'new-tab' });
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(1);
  expect((await flow).error?.code).toBe('customer.popup-blocked');
});

test('treats a window that closes within a tick of opening as blocked', async () => {
  vi.useFakeTimers();
  const { popup } = stubOpen();
  const flow = client().tokenize(config, target);
  if (popup) popup.closed = true;
  await vi.advanceTimersByTimeAsync(1);
  expect((await flow).error?.code).toBe('customer.popup-blocked');
});

test('removes the stored state of a blocked attempt', async () => {
  const { open } = stubOpen(null);
  await client().tokenize(config, target);
  await expectSettled(`paydrop:flow:${openedState(open)}`);
});

test('emits popup-blocked and stays pending when a listener is there', async () => {
  stubOpen(null);
  const c = client();
  const blocked = vi.fn();
  c.on('popup-blocked', blocked);
  let settled = false;
  void c.tokenize(config, target).then(() => {
    settled = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(blocked).toHaveBeenCalledWith({ config, fallback: 'continue', retry: expect.any(Function) });
  expect(settled).toBe(false);
});

test('retry() opens the popup again synchronously with a new state, and the flow can succeed', async () => {
  const relay = fakeRelay();
  const { open } = stubOpen(null);
  const c = client();
  let retry: (() => void) | undefined;
  c.on('popup-blocked', (event: ClientEvents['popup-blocked']) => {
    retry = event.retry;
  });
  const flow = c.tokenize(config, target);
  const blockedState = openedState(open);
  const popup = fakePopup();
  open.mockImplementation(() => popup);
  retry?.();
  expect(open).toHaveBeenCalledTimes(2);
  const state = openedState(open);
  expect(state).not.toBe(blockedState);
  relay.approve(state, 'gway_req_retry');
  postFromCheckout(popup, { action: 'success', state });
  expect((await flow).token).toBe('gway_req_retry');
});

test("falls back to a full-page redirect when popupBlocked is 'redirect'", () => {
  const { open } = stubOpen(null);
  const assign = stubNavigation();
  const c = client({ popupBlocked: 'redirect' });
  const opened = vi.fn();
  const blocked = vi.fn();
  c.on('opened', opened);
  c.on('popup-blocked', blocked);
  void c.tokenize(config, target);
  expect(blocked).toHaveBeenCalledWith({ config, fallback: 'redirect', retry: expect.any(Function) });
  const url = new URL(String(assign.mock.lastCall?.[0]));
  expect(url.pathname).toBe('/checkout/test-proj_abc/cust_1/tok_1/redirect/gway_conf_1');
  expect(url.searchParams.get('state')).not.toBe(openedState(open));
  expect(opened).toHaveBeenCalledWith({ config, mode: 'redirect' });
  const stored = JSON.parse(localStorage.getItem(`paydrop:flow:${url.searchParams.get('state')}`) ?? '{}');
  expect(stored.mode).toBe('redirect');
});
