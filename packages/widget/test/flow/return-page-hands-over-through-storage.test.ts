import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { handleReturn } from '../../src/flow/return-handler.js';
import { client, config, openedState, stubOpen, target } from './fake-popup.js';
import { type FakeRelay, fakeRelay } from './fake-relay.js';
import { expectSettled } from './settled.js';

let relay: FakeRelay;
beforeEach(() => {
  relay = fakeRelay();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** The return page in the provider's tab: it stores the outcome; the browser tells the waiting tab. */
function returnInAnotherTab(query: string) {
  const outcome = handleReturn({ url: `https://shop.example/return?${query}` });
  // A `storage` event reaches only the other documents of the origin; here the waiting page is this one.
  window.dispatchEvent(new StorageEvent('storage', { key: 'paydrop:flow:x' }));
  return outcome;
}

test('a new-tab flow resolves with the result the return page of its tab stores', async () => {
  const { open } = stubOpen();
  const flow = client().tokenize(config, { ...target, mode: 'new-tab' });
  const state = openedState(open);
  const outcome = returnInAnotherTab(`token=gway_req_tab&customer_id=cust_1&token_id=tok_1&state=${state}`);
  expect(outcome).toMatchObject({ kind: 'result', delivered: 'broadcast', configId: config.id });
  expect(await flow).toEqual({ token: 'gway_req_tab', customerId: 'cust_1', tokenId: 'tok_1' });
  // Taken without asking the relay, and removed once the waiting tab settled.
  expect(relay.asked(state)).toBe(0);
  await expectSettled(`paydrop:flow:${state}`);
});

test('a popup flow whose opener was lost (COOP) also takes the result of the return page', async () => {
  const { open } = stubOpen();
  const flow = client().tokenize(config, target);
  const state = openedState(open);
  returnInAnotherTab(`error_code=gateway.declined&customer_id=cust_1&token_id=tok_1&state=${state}`);
  expect((await flow).error?.code).toBe('gateway.declined');
});

test('keeps the handed-over outcome stored until a tab settles it, so a page loaded later still finds it', () => {
  const { open } = stubOpen();
  void client().tokenize(config, { ...target, mode: 'new-tab' });
  const state = openedState(open);
  handleReturn({
    url: `https://shop.example/return?token=gway_req_tab&customer_id=cust_1&token_id=tok_1&state=${state}`,
  });
  expect(JSON.parse(localStorage.getItem(`paydrop:flow:${state}`) ?? '{}').outcome).toEqual({
    action: 'success',
    token: 'gway_req_tab',
    code: null,
  });
});

test('a return page that loads after the waiting tab already settled (the relay answered first) hands over, never "unknown state"', async () => {
  const { open } = stubOpen();
  const flow = client().tokenize(config, target);
  const state = openedState(open);
  relay.decide(state, { status: 'success', token: 'gway_req_relay' });
  window.dispatchEvent(new Event('focus'));
  expect(await flow).toMatchObject({ token: 'gway_req_relay' });
  // The provider window then lands on the return page (it had no opener to post to).
  const late = handleReturn({
    url: `https://shop.example/return?token=gway_req_relay&customer_id=cust_1&token_id=tok_1&state=${state}`,
  });
  expect(late).toMatchObject({ kind: 'result', delivered: 'broadcast', result: { token: 'gway_req_relay' } });
  await expectSettled(`paydrop:flow:${state}`);
});
