import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewayUnavailableError, NetworkError, UnauthorizedError } from '../../src/errors/index.js';
import { createFakeClient, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

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
    expect(status()).toBe('Payment methods could not be loaded. Check your internet connection, then retry.');
    fake.fetchGatewayConfigurations.mockResolvedValueOnce([paypal]);
    fireEvent.click(retry);
    await screen.findByRole('button', { name: 'PayPal' });
    expect(fake.fetchGatewayConfigurations).toHaveBeenCalledTimes(2);
  });

  it.each([
    [new NetworkError('offline'), 'Check your internet connection, then retry.'],
    [new GatewayUnavailableError('503'), 'The payment service is not responding. Try again in a moment.'],
    [new UnauthorizedError('bad project'), 'This checkout is not set up correctly. Please contact the shop.'],
  ])('says why the methods could not be loaded (%s)', async (error, why) => {
    const { client, fake } = createFakeClient();
    fake.fetchGatewayConfigurations.mockRejectedValueOnce(error);
    const { screen } = renderCheckout({ client, ...target });
    expect(await screen.findByText(`Payment methods could not be loaded. ${why}`, shown)).toBeTruthy();
  });
});
