import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { client, config, fakePopup, openedState, postFromCheckout, stubOpen, target } from './fake-popup.js';

let stub: ReturnType<typeof stubOpen>;
beforeEach(() => {
  stub = stubOpen();
});
afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

test('resolves with the token and ids on a success message', async () => {
  const flow = client().tokenize(config, target);
  postFromCheckout(stub.popup, { action: 'success', data: 'gway_req_ok', state: openedState(stub.open) });
  expect(await flow).toEqual({ token: 'gway_req_ok', customerId: 'cust_1', tokenId: 'tok_1' });
});

test('resolves pay() with the token and invoice id', async () => {
  const flow = client().pay(config, { invoiceId: 'iv_1' });
  postFromCheckout(stub.popup, { action: 'success', data: 'gway_req_ok', state: openedState(stub.open) });
  expect(await flow).toEqual({ token: 'gway_req_ok', invoiceId: 'iv_1' });
});

test('resolves with a CanceledError on a canceled message', async () => {
  const flow = client().tokenize(config, target);
  postFromCheckout(stub.popup, { action: 'canceled', state: openedState(stub.open) });
  const { error } = await flow;
  expect(error?.name).toBe('CanceledError');
  expect(error?.code).toBe('customer.canceled');
});

test('resolves with a DeclinedError on a gateway.declined error message', async () => {
  const flow = client().tokenize(config, target);
  postFromCheckout(stub.popup, { action: 'error', code: 'gateway.declined', state: openedState(stub.open) });
  expect((await flow).error?.name).toBe('DeclinedError');
});

test('maps an unknown error code to GatewayUnavailableError', async () => {
  const flow = client().tokenize(config, target);
  postFromCheckout(stub.popup, { action: 'error', code: 'gateway.exploded', state: openedState(stub.open) });
  expect((await flow).error?.code).toBe('gateway.unavailable');
});

test('closes the popup and removes the stored state once a result arrives', async () => {
  const flow = client().tokenize(config, target);
  const state = openedState(stub.open);
  postFromCheckout(stub.popup, { action: 'success', data: 'gway_req_ok', state });
  await flow;
  expect(stub.popup?.closed).toBe(true);
  expect(localStorage.getItem(`paydrop:flow:${state}`)).toBeNull();
});

test('emits result with the outcome', async () => {
  const c = client();
  const onResult = vi.fn();
  c.on('result', onResult);
  const flow = c.tokenize(config, target);
  postFromCheckout(stub.popup, { action: 'canceled', state: openedState(stub.open) });
  await flow;
  expect(onResult.mock.lastCall?.[0].result.error.code).toBe('customer.canceled');
});

/** Posts a bad message then a good one: the flow must resolve with the good one only. */
async function expectIgnored(post: (state: string) => void) {
  const flow = client().tokenize(config, target);
  const state = openedState(stub.open);
  post(state);
  postFromCheckout(stub.popup, { action: 'success', data: 'gway_req_good', state });
  expect((await flow).token).toBe('gway_req_good');
}

test('ignores a message from another origin', () =>
  expectIgnored((state) =>
    postFromCheckout(stub.popup, { action: 'success', data: 'gway_req_evil', state }, 'https://evil.example'),
  ));

test('ignores a message from a window it did not open', () =>
  expectIgnored((state) =>
    postFromCheckout(fakePopup(), { action: 'success', data: 'gway_req_evil', state }),
  ));

test('ignores a message with another state', () =>
  expectIgnored(() =>
    postFromCheckout(stub.popup, { action: 'success', data: 'gway_req_evil', state: 'other' }),
  ));

test('ignores a message with another namespace', () =>
  expectIgnored((state) =>
    postFromCheckout(stub.popup, {
      namespace: 'someone.else',
      action: 'success',
      data: 'gway_req_evil',
      state,
    }),
  ));

test('ignores a message that is not a JSON string', () =>
  expectIgnored((state) =>
    postFromCheckout(stub.popup, {}, undefined, {
      namespace: 'processout.checkout',
      action: 'canceled',
      state,
    }),
  ));

test('ignores a message with an unknown action', () =>
  expectIgnored((state) => postFromCheckout(stub.popup, { action: 'explode', state })));
