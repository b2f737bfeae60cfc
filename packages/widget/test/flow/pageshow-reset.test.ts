import { afterEach, expect, test, vi } from 'vitest';
import { client, config, stubNavigation, target } from './fake-popup.js';
import { expectSettled } from './settled.js';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

function pageshow(persisted: boolean) {
  const event = new Event('pageshow') as Event & { persisted: boolean };
  Object.defineProperty(event, 'persisted', { value: persisted });
  window.dispatchEvent(event);
}

test('a redirect flow stays pending while the page navigates away', async () => {
  const assign = stubNavigation();
  let settled = false;
  void client({ mode: 'redirect' })
    .tokenize(config, target)
    .then(() => {
      settled = true;
    });
  await new Promise((resolve) => setTimeout(resolve, 10));
  expect(assign).toHaveBeenCalledTimes(1);
  expect(settled).toBe(false);
});

test('coming back from the bfcache resolves a pending redirect flow with CanceledError', async () => {
  const assign = stubNavigation();
  const flow = client({ mode: 'redirect' }).tokenize(config, target);
  const state = new URL(String(assign.mock.lastCall?.[0])).searchParams.get('state');
  pageshow(false);
  pageshow(true);
  expect((await flow).error?.code).toBe('customer.canceled');
  await expectSettled(`paydrop:flow:${state}`);
});
