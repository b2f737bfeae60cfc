import { afterEach, expect, test, vi } from 'vitest';
import { client, config, openedState, stubOpen, target } from './fake-popup.js';

afterEach(() => {
  vi.restoreAllMocks();
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
  expect(localStorage.getItem(`paydrop:flow:${state}`)).toBeNull();
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

test('aborting stops listening for messages', async () => {
  stubOpen();
  const remove = vi.spyOn(window, 'removeEventListener');
  const controller = new AbortController();
  const flow = client().tokenize(config, { ...target, signal: controller.signal });
  controller.abort();
  await flow.catch(() => {});
  expect(remove).toHaveBeenCalledWith('message', expect.any(Function));
});
