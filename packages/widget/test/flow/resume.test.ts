import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { resumeFlow } from '../../src/flow/resume.js';
import { savePending } from '../../src/flow/state-store.js';
import { client, config, openedState, stubOpen, target } from './fake-popup.js';
import { type FakeRelay, fakeRelay } from './fake-relay.js';
import { expectSettled } from './settled.js';

let relay: FakeRelay;
beforeEach(() => {
  relay = fakeRelay();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  localStorage.clear();
});

/** A flow this browser started before the page was reloaded (what run-flow stores). */
function stored(state: string, fields: Record<string, unknown> = {}) {
  savePending(state, {
    kind: 'token',
    ...target,
    configId: config.id,
    mode: 'popup',
    createdAt: Date.now() - 5000,
    ...fields,
  } as Parameters<typeof savePending>[1]);
}

/** Web Locks as browsers share them between the tabs of an origin. */
function fakeLocks() {
  const held = new Set<string>();
  const locks = {
    request: (name: string, ...rest: unknown[]) => {
      const callback = rest.at(-1) as (lock: object | null) => unknown;
      const options = (rest.length > 1 ? rest[0] : {}) as { ifAvailable?: boolean };
      if (held.has(name) && options.ifAvailable) return Promise.resolve(callback(null));
      held.add(name);
      return Promise.resolve(callback({ name })).finally(() => held.delete(name));
    },
  };
  vi.stubGlobal('navigator', { ...navigator, locks });
  return held;
}

test('picks up the pending flow of the same customer and token after a reload, and takes its outcome from the relay', async () => {
  stored('st_mine');
  relay.show('st_mine');
  const resumed = await resumeFlow(client(), target, [config]);
  expect(resumed).toMatchObject({ config, mode: 'popup' });
  relay.approve('st_mine', 'gway_req_resumed');
  window.dispatchEvent(new Event('focus'));
  expect(await resumed?.result).toEqual({ token: 'gway_req_resumed', ...target });
  await expectSettled('paydrop:flow:st_mine');
});

test('takes an outcome the return page stored while no tab was waiting, without asking', async () => {
  stored('st_done', { outcome: { action: 'success', token: 'gway_req_stored' } });
  const resumed = await resumeFlow(client(), target, [config]);
  expect((await resumed?.result)?.token).toBe('gway_req_stored');
  expect(relay.asked('st_done')).toBe(0);
});

test.each([
  ['another customer’s', { customerId: 'cust_2' }],
  ['another token’s', { tokenId: 'tok_2' }],
  ['an invoice’s', { kind: 'invoice', invoiceId: 'iv_1' }],
  ['a redirect', { mode: 'redirect' }],
  ['a 16-minute-old', { createdAt: Date.now() - 16 * 60 * 1000 }],
])('never picks up %s flow', async (_case, fields) => {
  stored('st_other', fields);
  expect(await resumeFlow(client(), target, [config])).toBeUndefined();
});

test('finds an invoice’s flow for that invoice only', async () => {
  stored('st_iv', { kind: 'invoice', invoiceId: 'iv_1', customerId: undefined, tokenId: undefined });
  expect(await resumeFlow(client(), { invoiceId: 'iv_2' }, [config])).toBeUndefined();
  expect(await resumeFlow(client(), { invoiceId: 'iv_1' }, [config])).toMatchObject({ config });
});

test('leaves a flow alone while the tab that started it still waits (holds its lock)', async () => {
  fakeLocks();
  const { open } = stubOpen();
  void client().tokenize(config, target);
  const state = openedState(open);
  relay.show(state);
  expect(await resumeFlow(client(), target, [config])).toBeUndefined();
});

test('holds the lock of a flow it resumed, so a third tab leaves it alone', async () => {
  const held = fakeLocks();
  stored('st_mine');
  relay.show('st_mine');
  expect(await resumeFlow(client(), target, [config])).toBeDefined();
  expect(held.has('paydrop:flow:st_mine')).toBe(true);
  expect(await resumeFlow(client(), target, [config])).toBeUndefined();
});

test('skips a flow whose method is no longer listed', async () => {
  stored('st_gone', { configId: 'gway_conf_removed' });
  expect(await resumeFlow(client(), target, [config])).toBeUndefined();
});

test('tells the relay when the shopper cancels a resumed flow', async () => {
  stored('st_mine');
  relay.show('st_mine');
  const controller = new AbortController();
  const resumed = await resumeFlow(client(), target, [config], { signal: controller.signal });
  controller.abort();
  await resumed?.result.catch(() => {});
  expect(relay.calls.at(-1)).toMatchObject({ state: 'st_mine', end: true });
  await expectSettled('paydrop:flow:st_mine');
});

test('resumes nothing when this origin stores no flow, and drops abandoned ones when it looks', async () => {
  localStorage.setItem('merchant:cart', '{"items":2}');
  expect(await resumeFlow(client(), target, [config])).toBeUndefined();
  // A flow older than the stored flows live (a tab that closed mid-flow) is removed by the search.
  stored('st_old', { createdAt: Date.now() - 31 * 60 * 1000 });
  localStorage.setItem('paydrop:flow:st_garbled', '{not json');
  expect(await resumeFlow(client(), target, [config])).toBeUndefined();
  expect(localStorage.getItem('paydrop:flow:st_old')).toBeNull();
  expect(localStorage.getItem('paydrop:flow:st_garbled')).toBeNull();
  expect(localStorage.getItem('merchant:cart')).toBe('{"items":2}');
});

test('never picks up a redirect flow (its page is gone by design) nor one older than a flow lives', async () => {
  stored('st_redirect', { mode: 'redirect' });
  stored('st_stale', { createdAt: Date.now() - 16 * 60 * 1000 });
  expect(await resumeFlow(client(), target, [config])).toBeUndefined();
  stored('st_fresh');
  expect(await resumeFlow(client(), target, [config])).toMatchObject({ config, mode: 'popup' });
});
