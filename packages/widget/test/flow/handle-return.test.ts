import { afterEach, expect, test, vi } from 'vitest';
import { handleReturn } from '../../src/flow/return-handler.js';
import { MAX_AGE_MS, savePending } from '../../src/flow/state-store.js';

const STATE = 'state_abcdefghijklmnopqrstuv';

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
  history.replaceState(null, '', '/');
});

function pending(mode: 'redirect' | 'popup' = 'redirect', createdAt = Date.now()) {
  savePending(STATE, {
    kind: 'token',
    customerId: 'cust_1',
    tokenId: 'tok_1',
    configId: 'gway_conf_1',
    mode,
    createdAt,
  });
}
const returnUrl = (query: string) => `https://shop.example/return?${query}`;

test('returns kind none when the URL has none of its parameters', () => {
  expect(handleReturn({ url: 'https://shop.example/return?token=csrf123&page=2' })).toEqual({ kind: 'none' });
});

test.each([
  ['an OAuth callback with its own state', '?state=oauth-xyz&code=abc'],
  ['a provider token without a state', '?token=gway_req_1&customer_id=cust_1&token_id=tok_1'],
  ['an error code without a state', '?error_code=gateway.declined'],
])('leaves %s alone, parameters and all', (_case, search) => {
  history.replaceState(null, '', `/return${search}`);
  expect(handleReturn()).toEqual({ kind: 'none' });
  expect(location.pathname + location.search).toBe(`/return${search}`);
});

test('returns the token here for a redirect flow', () => {
  pending();
  const outcome = handleReturn({
    url: returnUrl(`token=gway_req_1&customer_id=cust_1&token_id=tok_1&state=${STATE}`),
  });
  expect(outcome).toEqual({
    kind: 'result',
    delivered: 'here',
    configId: 'gway_conf_1',
    result: { token: 'gway_req_1', customerId: 'cust_1', tokenId: 'tok_1' },
  });
  expect(localStorage.getItem(`paydrop:flow:${STATE}`)).toBeNull();
});

test('returns an invoice result here', () => {
  savePending(STATE, {
    kind: 'invoice',
    invoiceId: 'iv_1',
    configId: 'c',
    mode: 'redirect',
    createdAt: Date.now(),
  });
  const outcome = handleReturn({ url: returnUrl(`token=gway_req_1&invoice_id=iv_1&state=${STATE}`) });
  expect(outcome).toMatchObject({ result: { token: 'gway_req_1', invoiceId: 'iv_1' } });
});

test('maps error_code to the typed error', () => {
  pending();
  const outcome = handleReturn({
    url: returnUrl(`error_code=customer.canceled&customer_id=cust_1&token_id=tok_1&state=${STATE}`),
  });
  expect(outcome.kind === 'result' && outcome.result.error?.name).toBe('CanceledError');
});

test.each([
  ['an unknown state', `token=gway_req_1&customer_id=cust_1&token_id=tok_1&state=unknown`],
  ['another customer', `token=gway_req_1&customer_id=cust_2&token_id=tok_1&state=${STATE}`],
  ['another token', `token=gway_req_1&customer_id=cust_1&token_id=tok_2&state=${STATE}`],
])('rejects a return with %s as a state mismatch', (_case, query) => {
  pending();
  const outcome = handleReturn({ url: returnUrl(query) });
  expect(outcome.kind === 'result' && outcome.result.error?.code).toBe('return.state-mismatch');
});

test('rejects an expired state', () => {
  pending('redirect', Date.now() - MAX_AGE_MS - 1);
  const outcome = handleReturn({
    url: returnUrl(`token=gway_req_1&customer_id=cust_1&token_id=tok_1&state=${STATE}`),
  });
  expect(outcome.kind === 'result' && outcome.result.error?.name).toBe('StateMismatchError');
});

test('never delivers the same state twice', () => {
  pending();
  const url = returnUrl(`token=gway_req_1&customer_id=cust_1&token_id=tok_1&state=${STATE}`);
  expect(handleReturn({ url })).toMatchObject({ result: { token: 'gway_req_1' } });
  expect(handleReturn({ url })).toMatchObject({ result: { error: { code: 'return.state-mismatch' } } });
});

test('hands the result to the tab that waits for it through storage, and names the configuration', () => {
  pending('popup');
  const outcome = handleReturn({
    url: returnUrl(`token=gway_req_1&customer_id=cust_1&token_id=tok_1&state=${STATE}`),
  });
  expect(outcome).toMatchObject({ kind: 'result', delivered: 'broadcast', configId: 'gway_conf_1' });
  expect(JSON.parse(localStorage.getItem(`paydrop:flow:${STATE}`) ?? '{}')).toMatchObject({
    mode: 'popup',
    outcome: { action: 'success', token: 'gway_req_1' },
  });
});

test('strips its parameters from the address bar, keeping the others and the hash', () => {
  pending();
  history.replaceState(
    null,
    '',
    `/return?order=7&token=gway_req_1&customer_id=cust_1&token_id=tok_1&state=${STATE}#top`,
  );
  const replace = vi.spyOn(history, 'replaceState');
  handleReturn();
  expect(replace).toHaveBeenCalledTimes(1);
  expect(location.pathname + location.search + location.hash).toBe('/return?order=7#top');
});

test('strips its parameters even when the state does not match', () => {
  history.replaceState(null, '', '/return?token=gway_req_1&state=forged');
  expect(handleReturn()).toMatchObject({ result: { error: { code: 'return.state-mismatch' } } });
  expect(location.search).toBe('');
});
