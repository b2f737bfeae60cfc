import { afterEach, expect, test, vi } from 'vitest';
import { handleReturn } from '../../src/flow/return-handler.js';
import { client, config, openedState, stubOpen, target } from './fake-popup.js';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

test('a new-tab flow resolves with the result another tab broadcasts from its return page', async () => {
  const { open } = stubOpen();
  const flow = client().tokenize(config, { ...target, mode: 'new-tab' });
  const state = openedState(open);
  const outcome = handleReturn({
    url: `https://shop.example/return?token=gway_req_tab&customer_id=cust_1&token_id=tok_1&state=${state}`,
  });
  expect(outcome).toMatchObject({ kind: 'result', delivered: 'broadcast' });
  expect(await flow).toEqual({ token: 'gway_req_tab', customerId: 'cust_1', tokenId: 'tok_1' });
});

test('a popup flow whose opener was lost also takes the broadcast result', async () => {
  const { open } = stubOpen();
  const flow = client().tokenize(config, target);
  const state = openedState(open);
  handleReturn({
    url: `https://shop.example/return?error_code=gateway.declined&customer_id=cust_1&token_id=tok_1&state=${state}`,
  });
  expect((await flow).error?.code).toBe('gateway.declined');
});
