import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CanceledError, DeclinedError } from '../../src/errors/index.js';
import { createFakeClient } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

async function startPayPal(onToken = vi.fn(), onError = vi.fn()) {
  const fake = createFakeClient();
  const view = renderCheckout({ client: fake.client, ...target, onToken, onError });
  fireEvent.click(await view.screen.findByRole('button', { name: 'PayPal' }));
  const flow = fake.flows[0];
  if (!flow) throw new Error('no flow started');
  return { ...view, flow, onToken, onError };
}

describe('flow outcomes', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('announces success and hands the token to onToken', async () => {
    const { flow, screen, status, onToken } = await startPayPal();
    const success = { token: 'gway_req_1', ...target };
    flow.resolve(success);
    await screen.findByText('PayPal connected', shown);
    expect(status()).toBe('PayPal connected');
    expect(onToken).toHaveBeenCalledWith(success);
    expect(screen.queryByRole('button', { name: 'PayPal' })).toBeNull();
  });

  it('shows a decline above the list and reports it to onError', async () => {
    const { flow, screen, status, onError } = await startPayPal();
    const error = new DeclinedError('Declined by the provider.');
    flow.resolve({ error });
    await screen.findByText('PayPal declined — try another', shown);
    expect(status()).toBe('PayPal declined — try another');
    expect(onError).toHaveBeenCalledWith(error);
    const notice = screen.getByText('PayPal declined — try another', shown).closest('.pd-notice');
    const list = screen.getByRole('group');
    expect(notice?.compareDocumentPosition(list)).toBe(Node.DOCUMENT_POSITION_FOLLOWING);
    expect(notice?.querySelector('svg')).not.toBeNull();
  });

  it('tells the shopper they canceled when the provider page was closed', async () => {
    const { flow, screen, onError } = await startPayPal();
    flow.resolve({ error: new CanceledError('Closed.') });
    await screen.findByText('You canceled — choose a payment method', shown);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'customer.canceled' });
  });

  it('reports a canceled error when the shopper presses Cancel', async () => {
    const { screen, onError } = await startPayPal();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(CanceledError);
  });

  it('never stays on a spinner when the engine rejects unexpectedly', async () => {
    const { flow, screen, onError } = await startPayPal();
    flow.reject(new Error('boom'));
    await screen.findByText('PayPal is not available right now — try another', shown);
    await waitFor(() => expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'gateway.unavailable' }));
  });
});
