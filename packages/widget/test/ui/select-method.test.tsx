import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClient, klarna, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

describe('choosing a method', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('calls tokenize synchronously inside the click handler', async () => {
    const { client, fake } = createFakeClient();
    const { screen } = renderCheckout({ client, ...target, mode: 'popup' });
    const button = await screen.findByRole('button', { name: 'PayPal' });
    fireEvent.click(button);
    // No await between the click and this line: a popup opened later would be blocked.
    expect(fake.tokenize).toHaveBeenCalledTimes(1);
    expect(fake.tokenize).toHaveBeenCalledWith(
      paypal,
      expect.objectContaining({ ...target, mode: 'popup', signal: expect.any(AbortSignal) }),
    );
  });

  it('pays the invoice when mounted for an invoice', async () => {
    const { client, fake } = createFakeClient();
    const { screen } = renderCheckout({ client, invoiceId: 'iv_1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Klarna' }));
    expect(fake.pay).toHaveBeenCalledWith(klarna, expect.objectContaining({ invoiceId: 'iv_1' }));
    expect(fake.tokenize).not.toHaveBeenCalled();
  });

  it('disables every method and announces the wait while the flow runs', async () => {
    const { client } = createFakeClient();
    const { screen, status } = renderCheckout({ client, ...target });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    await screen.findByText('Continue in the PayPal window', shown);
    expect(status()).toBe('Continue in the PayPal window');
    const methods = screen.getAllByRole('button').filter((button) => button.classList.contains('pd-method'));
    expect(methods.every((button) => button.getAttribute('aria-disabled') === 'true')).toBe(true);
  });

  it('follows the opened event to say the provider is in a new tab', async () => {
    const { client, emit } = createFakeClient();
    const { screen, status } = renderCheckout({ client, ...target });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    emit('opened', { config: paypal, mode: 'new-tab' });
    await waitFor(() => expect(status()).toBe('Continue in the PayPal tab'));
  });

  it('ignores events about flows it did not start', async () => {
    const { client, emit } = createFakeClient();
    const { screen, status } = renderCheckout({ client, ...target });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    emit('opened', { config: klarna, mode: 'redirect' });
    await screen.findByText('Continue in the PayPal window', shown);
    expect(status()).toBe('Continue in the PayPal window');
  });
});
