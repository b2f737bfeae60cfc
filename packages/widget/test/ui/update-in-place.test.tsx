import { waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { mount } from '../../src/ui/index.js';
import { createFakeClient } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };
const root = (element: HTMLElement) => element.shadowRoot?.querySelector('.pd') as HTMLElement;

describe('update() on a mounted drop-in', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('switches locale, theme and heading without a new request, keeping the running flow', async () => {
    const { client, fake, flows } = createFakeClient();
    const element = document.createElement('div');
    document.body.append(element);
    const checkout = mount(element, { client, ...target, locale: 'en' });
    await waitFor(() => expect(element.shadowRoot?.textContent).toContain('PayPal'));
    root(element).querySelector<HTMLElement>('.pd-method')?.click();
    checkout.update({ locale: 'fr', theme: 'dark', hideHeading: true });
    await waitFor(() => expect(root(element).lang).toBe('fr'));
    expect(root(element).className).toBe('pd pd-dark');
    expect(element.shadowRoot?.textContent).toContain('Annuler');
    expect(element.shadowRoot?.querySelector('legend')?.className).toBe('pd-sr');
    expect(fake.fetchGatewayConfigurations).toHaveBeenCalledTimes(1);
    expect(flows[0]?.options.signal?.aborted).toBe(false);
    checkout.unmount();
    expect(element.shadowRoot?.querySelector('.pd')).toBeNull();
  });

  it('keeps what it is not given, and an undefined value goes back to the default', async () => {
    const { client } = createFakeClient();
    const element = document.createElement('div');
    document.body.append(element);
    const checkout = mount(element, { client, ...target, theme: 'dark', hideHeading: true });
    await waitFor(() => expect(element.shadowRoot?.textContent).toContain('PayPal'));
    checkout.update({ locale: 'de' });
    await waitFor(() => expect(root(element).lang).toBe('de'));
    expect(root(element).className).toBe('pd pd-dark');
    expect(element.shadowRoot?.querySelector('legend')?.className).toBe('pd-sr');
    checkout.update({ theme: undefined, hideHeading: undefined });
    expect(root(element).className).toBe('pd pd-light');
    expect(element.shadowRoot?.querySelector('legend')?.className).toBe('pd-legend');
  });

  it('shows the heading by default and hides it, still naming the group, with hideHeading', async () => {
    const { client } = createFakeClient();
    const shownHeading = renderCheckout({ client, ...target });
    expect(await shownHeading.screen.findByRole('group', { name: 'Choose a payment method' })).toBeTruthy();
    expect(shownHeading.screen.getByText('Choose a payment method', shown).className).toBe('pd-legend');
    const hidden = renderCheckout({ client, ...target, hideHeading: true });
    expect(await hidden.screen.findByRole('group', { name: 'Choose a payment method' })).toBeTruthy();
    expect(hidden.screen.getByText('Choose a payment method').className).toBe('pd-sr');
  });

  it('rejects a theme it does not know, at mount and in update()', async () => {
    const { client } = createFakeClient();
    const element = document.createElement('div');
    expect(() => mount(element, { client, ...target, theme: 'sepia' as never })).toThrow(
      /theme must be one of light, dark, auto/,
    );
    const checkout = mount(element, { client, ...target });
    expect(() => checkout.update({ theme: 'sepia' as never })).toThrow(/theme must be one of/);
    expect(() => checkout.update({ locale: 3 as never })).toThrow(/locale must be a language tag/);
    checkout();
  });
});
