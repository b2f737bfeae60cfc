import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { CHECKOUT, client, config, openedState, stubOpen, target } from './fake-popup.js';
import { fakeRelay } from './fake-relay.js';

// A replaced flow is ended at the relay.
beforeEach(() => {
  fakeRelay();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

test('opens the popup before tokenize() returns, with no await in between', () => {
  const { open } = stubOpen();
  void client().tokenize(config, target);
  expect(open).toHaveBeenCalledTimes(1);
});

test('points the popup at the hosted tokenization page with a state', () => {
  const { open } = stubOpen();
  void client().tokenize(config, { customerId: 'cust 1', tokenId: 'tok/1' });
  const url = new URL(String(open.mock.lastCall?.[0]));
  expect(url.origin).toBe(CHECKOUT);
  expect(url.pathname).toBe('/checkout/test-proj_abc/cust%201/tok%2F1/redirect/gway_conf_1');
  expect(open.mock.lastCall?.[2]).toMatch(/^popup,width=\d+,height=\d+/);
});

test('points the popup at the hosted invoice page for pay()', () => {
  const { open } = stubOpen();
  void client().pay(config, { invoiceId: 'iv_9' });
  expect(new URL(String(open.mock.lastCall?.[0])).pathname).toBe(
    '/checkout/test-proj_abc/iv_9/redirect/gway_conf_1',
  );
});

test('pay() with a blank token points at the pay-and-save page, the token after the invoice', () => {
  const { open } = stubOpen();
  void client().pay(config, { invoiceId: 'iv_9', tokenId: 'tok_8' });
  expect(new URL(String(open.mock.lastCall?.[0])).pathname).toBe(
    '/checkout/test-proj_abc/iv_9/tok_8/redirect/gway_conf_1',
  );
  // An empty or missing token is not one: the plain invoice page.
  void client().pay(config, { invoiceId: 'iv_9', tokenId: '' });
  expect(new URL(String(open.mock.lastCall?.[0])).pathname).toBe(
    '/checkout/test-proj_abc/iv_9/redirect/gway_conf_1',
  );
});

test('uses a fresh URL-safe state of at least 128 bits per attempt', () => {
  const { open } = stubOpen();
  const c = client();
  void c.tokenize(config, target);
  const first = openedState(open);
  void c.tokenize(config, target);
  const second = openedState(open);
  expect(first).toMatch(/^[A-Za-z0-9_-]{22,}$/);
  expect(second).not.toBe(first);
});

test('stores the pending flow in localStorage under its state', () => {
  const { open } = stubOpen();
  void client().tokenize(config, target);
  const stored = JSON.parse(localStorage.getItem(`paydrop:flow:${openedState(open)}`) ?? 'null');
  expect(stored).toMatchObject({
    kind: 'token',
    customerId: 'cust_1',
    tokenId: 'tok_1',
    configId: 'gway_conf_1',
  });
  expect(typeof stored.createdAt).toBe('number');
});

test('emits opened with the resolved mode', () => {
  stubOpen();
  const c = client();
  const opened = vi.fn();
  c.on('opened', opened);
  void c.tokenize(config, target);
  expect(opened).toHaveBeenCalledWith({ config, mode: 'popup' });
});

test('cancels the previous flow when a second one starts', async () => {
  const { popup } = stubOpen();
  const c = client();
  const first = c.tokenize(config, target);
  void c.tokenize(config, target);
  expect((await first).error?.code).toBe('customer.canceled');
  expect(popup?.closed).toBe(true);
});
