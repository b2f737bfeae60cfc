import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  client,
  config,
  fakePopup,
  openedState,
  postFromCheckout,
  settle,
  stubOpen,
  target,
} from './fake-popup.js';
import { type FakeRelay, fakeRelay } from './fake-relay.js';
import { expectSettled } from './settled.js';

let stub: ReturnType<typeof stubOpen>;
let relay: FakeRelay;
beforeEach(() => {
  stub = stubOpen();
  relay = fakeRelay();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** The shopper decides on the provider page: it records the outcome with the relay, then posts to its opener. */
function decide(answer: Parameters<FakeRelay['decide']>[1], state = openedState(stub.open)) {
  relay.decide(state, answer);
  postFromCheckout(stub.popup, { action: 'whatever', state });
}

test('resolves with the token the relay answers once the provider page posts its message', async () => {
  const flow = client().tokenize(config, target);
  decide({ status: 'success', token: 'gway_req_ok' });
  expect(await flow).toEqual({ token: 'gway_req_ok', customerId: 'cust_1', tokenId: 'tok_1' });
  expect(relay.calls).toEqual([
    expect.objectContaining({
      state: openedState(stub.open),
      end: false,
      url: expect.stringContaining('project_id=test-proj_abc'),
    }),
  ]);
});

test('resolves pay() with the token and invoice id', async () => {
  const flow = client().pay(config, { invoiceId: 'iv_1' });
  decide({ status: 'success', token: 'gway_req_ok' });
  expect(await flow).toEqual({ token: 'gway_req_ok', invoiceId: 'iv_1' });
});

test('resolves with a CanceledError when the relay says canceled', async () => {
  const flow = client().tokenize(config, target);
  decide({ status: 'canceled', error_code: 'customer.canceled' });
  const { error } = await flow;
  expect([error?.name, error?.code]).toEqual(['CanceledError', 'customer.canceled']);
});

test('resolves with a DeclinedError on a gateway.declined error', async () => {
  const flow = client().tokenize(config, target);
  decide({ status: 'error', error_code: 'gateway.declined' });
  expect((await flow).error?.name).toBe('DeclinedError');
});

test('maps an unknown error code to GatewayUnavailableError', async () => {
  const flow = client().tokenize(config, target);
  decide({ status: 'error', error_code: 'gateway.exploded' });
  expect((await flow).error?.code).toBe('gateway.unavailable');
});

test('closes the popup and removes the stored state once a result arrives', async () => {
  const flow = client().tokenize(config, target);
  const state = openedState(stub.open);
  decide({ status: 'success', token: 'gway_req_ok' });
  await flow;
  expect(stub.popup?.closed).toBe(true);
  await expectSettled(`paydrop:flow:${state}`);
});

test('emits result with the outcome', async () => {
  const c = client();
  const onResult = vi.fn();
  c.on('result', onResult);
  const flow = c.tokenize(config, target);
  decide({ status: 'canceled', error_code: 'customer.canceled' });
  await flow;
  expect(onResult.mock.lastCall?.[0].result.error.code).toBe('customer.canceled');
});

test('never takes a message for the result: a forged success changes nothing while the relay says pending', async () => {
  let settled = false;
  const flow = client().tokenize(config, target);
  void flow.then(() => {
    settled = true;
  });
  const state = openedState(stub.open);
  relay.show(state);
  // The real state, from the checkout origin, even from the popup itself: still only news.
  postFromCheckout(stub.popup, { action: 'success', data: 'gway_req_forged', state });
  postFromCheckout(fakePopup(), { action: 'success', data: 'gway_req_forged', state });
  await settle();
  await settle();
  expect(relay.asked(state)).toBe(2);
  expect(settled).toBe(false);
  expect(stub.popup?.closed).toBe(false);
  decide({ status: 'success', token: 'gway_req_real' });
  expect((await flow).token).toBe('gway_req_real');
});

test('does not even ask the relay for a message from another origin', async () => {
  void client().tokenize(config, target);
  const state = openedState(stub.open);
  postFromCheckout(stub.popup, { action: 'success', data: 'gway_req_evil', state }, 'https://evil.example');
  await settle();
  expect(relay.asked(state)).toBe(0);
});
