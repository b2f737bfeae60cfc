import { afterEach, describe, expect, it } from 'vitest';
import { InvalidOptionsError } from '../../src/errors/index.js';
import { mount } from '../../src/ui/index.js';
import { createFakeClient } from './fake-client.js';
import { renderCheckout } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

describe('mount', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('renders into an open shadow root with its own stylesheet', async () => {
    const { client } = createFakeClient();
    const { element, screen } = renderCheckout({ client, ...target });
    await screen.findByRole('button', { name: 'PayPal' });
    const sheets = element.shadowRoot?.adoptedStyleSheets ?? [];
    expect(sheets).toHaveLength(1);
    expect([...(sheets[0]?.cssRules ?? [])].map((rule) => rule.cssText).join('\n')).toContain(
      '--paydrop-accent',
    );
    // A <style> element is what a strict Content-Security-Policy blocks.
    expect(element.shadowRoot?.querySelector('style')).toBeNull();
    expect(element.querySelector('button')).toBeNull();
  });

  it('falls back to a <style> element where constructable stylesheets are missing', async () => {
    const { client } = createFakeClient();
    const original = globalThis.CSSStyleSheet;
    // @ts-expect-error: simulating an older browser.
    globalThis.CSSStyleSheet = undefined;
    try {
      const { element, screen } = renderCheckout({ client, ...target });
      await screen.findByRole('button', { name: 'PayPal' });
      expect(element.shadowRoot?.querySelector('style')?.textContent).toContain('--paydrop-accent');
    } finally {
      globalThis.CSSStyleSheet = original;
    }
  });

  it('reuses a shadow root the element already has', () => {
    const { client } = createFakeClient();
    const element = document.createElement('div');
    const existing = element.attachShadow({ mode: 'open' });
    mount(element, { client, ...target });
    expect(element.shadowRoot).toBe(existing);
    expect(existing.querySelector('.pd')).not.toBeNull();
  });

  it('unmounts, aborts the flow and stops listening on cleanup', async () => {
    const fake = createFakeClient();
    const { root, screen, unmount } = renderCheckout({ client: fake.client, ...target });
    (await screen.findByRole('button', { name: 'PayPal' })).click();
    unmount();
    expect(root.querySelector('.pd')).toBeNull();
    expect(root.adoptedStyleSheets).toHaveLength(0);
    expect(fake.flows[0]?.options.signal?.aborted).toBe(true);
    expect(fake.listenerCount()).toBe(0);
  });

  it('aborts the gateway request when unmounted while loading', () => {
    const fake = createFakeClient();
    fake.fake.fetchGatewayConfigurations.mockReturnValue(new Promise(() => {}));
    const { unmount } = renderCheckout({ client: fake.client, ...target });
    unmount();
    const options = fake.fake.fetchGatewayConfigurations.mock.calls[0]?.[1];
    expect(options?.signal?.aborted).toBe(true);
  });

  it('rejects a missing target with a message that shows the expected shape', () => {
    const { client } = createFakeClient();
    const element = document.createElement('div');
    expect(() => mount(element, { client })).toThrow(InvalidOptionsError);
    expect(() => mount(element, { client })).toThrow(/customerId: 'cust_…', tokenId: 'tok_…'/);
  });

  it('rejects both a token and an invoice target, or an unknown mode', () => {
    const { client } = createFakeClient();
    const element = document.createElement('div');
    expect(() => mount(element, { client, ...target, invoiceId: 'iv_1' })).toThrow(InvalidOptionsError);
    const mode = 'sideways' as 'popup';
    expect(() => mount(element, { client, ...target, mode })).toThrow(
      /mode must be one of auto, popup, redirect, new-tab/,
    );
  });

  it('rejects something that is not an element', () => {
    const { client } = createFakeClient();
    const notElement = {} as HTMLElement;
    expect(() => mount(notElement, { client, ...target })).toThrow(/element must be an HTMLElement/);
  });
});
