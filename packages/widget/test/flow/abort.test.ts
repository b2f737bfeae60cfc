import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { client, config, openedState, stubNavigation, stubOpen, target } from './fake-popup.js';
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

test('aborting rejects with signal.reason, closes the popup and removes the stored state', async () => {
  const { open, popup } = stubOpen();
  const controller = new AbortController();
  const flow = client().tokenize(config, { ...target, signal: controller.signal });
  const state = openedState(open);
  const reason = new Error('unmounted');
  controller.abort(reason);
  await expect(flow).rejects.toBe(reason);
  expect(popup?.closed).toBe(true);
  await expectSettled(`paydrop:flow:${state}`);
});

test('an already aborted signal rejects without opening a window', async () => {
  const { open } = stubOpen();
  const controller = new AbortController();
  controller.abort();
  await expect(client().tokenize(config, { ...target, signal: controller.signal })).rejects.toBe(
    controller.signal.reason,
  );
  expect(open).not.toHaveBeenCalled();
});

test('aborting tells the relay to end the flow, so an Approve in a window it cannot close is refused', async () => {
  const { open } = stubOpen();
  const controller = new AbortController();
  const flow = client().tokenize(config, { ...target, signal: controller.signal });
  const state = openedState(open);
  relay.show(state);
  controller.abort();
  await flow.catch(() => {});
  expect(relay.calls).toEqual([expect.objectContaining({ state, end: true })]);
});

test('a newer flow ends the first one at the relay too', async () => {
  const { open } = stubOpen();
  const c = client();
  const first = c.tokenize(config, target);
  const state = openedState(open);
  void c.tokenize(config, target);
  expect((await first).error?.code).toBe('customer.canceled');
  expect(relay.calls).toEqual([expect.objectContaining({ state, end: true })]);
});

test('aborting while the page navigates to the provider stops the navigation and keeps the state', async () => {
  const navigation = stubNavigation();
  // happy-dom has no window.stop(); every browser does.
  const stop = vi.fn();
  vi.stubGlobal('stop', stop);
  const controller = new AbortController();
  const flow = client().tokenize(config, { ...target, mode: 'redirect', signal: controller.signal });
  const state = new URL(String(navigation.mock.lastCall?.[0])).searchParams.get('state');
  controller.abort();
  await expect(flow).rejects.toBe(controller.signal.reason);
  expect(stop).toHaveBeenCalledTimes(1);
  // Should the navigation go on anyway, the shopper who approves there still comes back to a known state.
  expect(localStorage.getItem(`paydrop:flow:${state}`)).not.toBeNull();
  expect(relay.calls).toEqual([]);
});

test('aborting stops listening for messages', async () => {
  stubOpen();
  const remove = vi.spyOn(window, 'removeEventListener');
  const controller = new AbortController();
  const flow = client().tokenize(config, { ...target, signal: controller.signal });
  controller.abort();
  await flow.catch(() => {});
  expect(remove).toHaveBeenCalledWith('message', expect.any(Function));
});
