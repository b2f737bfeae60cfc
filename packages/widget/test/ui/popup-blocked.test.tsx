import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeClient, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

describe('blocked popup', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('offers a Continue button that retries synchronously in the new click', async () => {
    const { client, emit } = createFakeClient();
    const retry = vi.fn();
    const { screen, status } = renderCheckout({ client, ...target });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    emit('popup-blocked', { config: paypal, fallback: 'continue', retry });
    const next = await screen.findByRole('button', { name: 'Continue with PayPal' });
    expect(status()).toBe('Your browser blocked the PayPal window.');
    fireEvent.click(next);
    expect(retry).toHaveBeenCalledTimes(1);
    await screen.findByText('Continue in the PayPal window', shown);
  });

  it('offers no Continue button when the fallback is already redirecting', async () => {
    const { client, emit } = createFakeClient();
    const { screen, status } = renderCheckout({ client, ...target });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    emit('popup-blocked', { config: paypal, fallback: 'redirect', retry: vi.fn() });
    emit('opened', { config: paypal, mode: 'redirect' });
    await screen.findByText('Redirecting to PayPal…', shown);
    expect(status()).toBe('Redirecting to PayPal…');
    expect(screen.queryByRole('button', { name: 'Continue with PayPal' })).toBeNull();
  });

  it('shows a link that navigates the top window when the iframe cannot', async () => {
    const { client, emit } = createFakeClient();
    const { screen, status } = renderCheckout({ client, ...target });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    const url =
      'http://127.0.0.1:4010/checkout/test-proj_fake/cust_1/tok_1/redirect/gway_conf_paypal?state=s';
    emit('top-navigation-blocked', { config: paypal, url });
    const link = await screen.findByRole('link', { name: 'Continue to PayPal' });
    expect(status()).toBe('This page cannot open PayPal by itself.');
    expect(link.getAttribute('href')).toBe(url);
    expect(link.getAttribute('target')).toBe('_top');
  });
});
