import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClient, paypal } from './fake-client.js';
import { renderCheckout } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

describe('fetch failure', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows a Retry button that fetches the methods again', async () => {
    const { client, fake } = createFakeClient();
    fake.fetchGatewayConfigurations.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const { screen, status } = renderCheckout({ client, ...target });
    const retry = await screen.findByRole('button', { name: 'Retry' });
    expect(status()).toBe('Payment methods could not be loaded.');
    fake.fetchGatewayConfigurations.mockResolvedValueOnce([paypal]);
    fireEvent.click(retry);
    await screen.findByRole('button', { name: 'PayPal' });
    expect(fake.fetchGatewayConfigurations).toHaveBeenCalledTimes(2);
  });
});
