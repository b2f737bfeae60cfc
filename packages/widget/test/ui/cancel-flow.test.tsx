import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeClient, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

describe('cancelling a flow', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('aborts the flow and lets the shopper choose again', async () => {
    const { client, flows } = createFakeClient();
    const { screen, status } = renderCheckout({ client, ...target });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(flows[0]?.options.signal?.aborted).toBe(true);
    await screen.findByText('You canceled — choose a payment method', shown);
    expect(status()).toBe('You canceled — choose a payment method');
    expect(screen.getByRole('button', { name: 'PayPal' }).getAttribute('aria-disabled')).toBe('false');
  });

  it('resets a redirect when the page comes back from the back-forward cache', async () => {
    const { client, emit, flows } = createFakeClient();
    const { screen, status } = renderCheckout({ client, ...target });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    const config = flows[0]?.config;
    if (!config) throw new Error('no flow started');
    emit('opened', { config, mode: 'redirect' });
    await screen.findByText('Redirecting to PayPal…', shown);
    expect(status()).toBe('Redirecting to PayPal…');
    const pageshow = new Event('pageshow');
    Object.defineProperty(pageshow, 'persisted', { value: true });
    window.dispatchEvent(pageshow);
    expect((await screen.findByRole('button', { name: 'PayPal' })).getAttribute('aria-disabled')).toBe(
      'false',
    );
    expect(screen.queryByText('Redirecting to PayPal…', shown)).toBeNull();
  });

  it('offers Cancel while redirecting, for a navigation that never happens', async () => {
    const { client, emit, flows } = createFakeClient();
    const { screen } = renderCheckout({ client, ...target });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    emit('opened', { config: paypal, mode: 'redirect' });
    await screen.findByText('Redirecting to PayPal…', shown);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(flows[0]?.options.signal?.aborted).toBe(true);
    await screen.findByText('You canceled — choose a payment method', shown);
  });

  it('cancels the waiting flow on Escape, and does nothing on Escape with no flow', async () => {
    const { client, flows } = createFakeClient();
    const onError = vi.fn();
    const { screen } = renderCheckout({ client, ...target, onError });
    const paypal = await screen.findByRole('button', { name: 'PayPal' });
    fireEvent.keyDown(paypal, { key: 'Escape' });
    expect(onError).not.toHaveBeenCalled();
    fireEvent.click(paypal);
    fireEvent.keyDown(paypal, { key: 'Escape' });
    expect(flows[0]?.options.signal?.aborted).toBe(true);
    await screen.findByText('You canceled — choose a payment method', shown);
    expect(onError).toHaveBeenCalledTimes(1);
  });
});
