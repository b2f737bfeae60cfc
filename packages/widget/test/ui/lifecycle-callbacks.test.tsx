import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CanceledError, DeclinedError } from '../../src/errors/index.js';
import { mount } from '../../src/ui/index.js';
import { createFakeClient, ideal, klarna, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

describe('onReady, onSelect and onCancel', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('calls onReady once the list is on screen, with the methods, and not again after a flow', async () => {
    const { client, flows } = createFakeClient();
    const onReady = vi.fn();
    const { screen } = renderCheckout({ client, ...target, onReady });
    expect(onReady).not.toHaveBeenCalled();
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
    // On screen by then, not merely fetched.
    expect(screen.getByRole('button', { name: 'PayPal' })).toBeTruthy();
    expect(onReady).toHaveBeenCalledWith({ configs: [paypal, klarna, ideal] });
    fireEvent.click(screen.getByRole('button', { name: 'PayPal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('You canceled — choose a payment method', shown);
    expect(flows).toHaveLength(1);
    expect(onReady).toHaveBeenCalledTimes(1);
  });

  it('calls onReady again after a Retry loads the list', async () => {
    const { client, fake } = createFakeClient();
    fake.fetchGatewayConfigurations.mockRejectedValueOnce(new TypeError('offline'));
    const onReady = vi.fn();
    const { screen } = renderCheckout({ client, ...target, onReady });
    fireEvent.click(await screen.findByRole('button', { name: 'Retry' }));
    await screen.findByRole('button', { name: 'PayPal' });
    await waitFor(() => expect(onReady).toHaveBeenCalledTimes(1));
  });

  it('calls onSelect with the chosen method as its flow starts', async () => {
    const { client, flows } = createFakeClient();
    const onSelect = vi.fn(() => expect(flows).toHaveLength(0));
    const { screen } = renderCheckout({ client, ...target, onSelect });
    fireEvent.click(await screen.findByRole('button', { name: 'Klarna' }));
    expect(onSelect).toHaveBeenCalledWith({ config: klarna });
    expect(flows).toHaveLength(1);
  });

  it('calls onCancel, then onError, when the shopper cancels in the drop-in', async () => {
    const { client } = createFakeClient();
    const calls: string[] = [];
    const { screen } = renderCheckout({
      client,
      ...target,
      onCancel: ({ config }) => calls.push(`cancel ${config.id}`),
      onError: (error) => calls.push(`error ${error.code}`),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(calls).toEqual([`cancel ${paypal.id}`, 'error customer.canceled']);
  });

  it('calls onCancel when the shopper cancels at the provider, but not on a decline', async () => {
    const { client, flows } = createFakeClient();
    const onCancel = vi.fn();
    const onError = vi.fn();
    const { screen } = renderCheckout({ client, ...target, onCancel, onError });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    flows[0]?.resolve({ error: new DeclinedError('declined') });
    await screen.findByText('PayPal declined — try another', shown);
    expect(onCancel).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'PayPal' }));
    flows[1]?.resolve({ error: new CanceledError('canceled at the provider') });
    await screen.findByText('You canceled — choose a payment method', shown);
    expect(onCancel).toHaveBeenCalledWith({ config: paypal });
    expect(onError).toHaveBeenCalledTimes(2);
  });

  it('rejects a callback that is not a function with the expected shape', () => {
    const { client } = createFakeClient();
    expect(() =>
      mount(document.createElement('div'), { client, ...target, onReady: 'yes' as never }),
    ).toThrow(/onReady must be a function\. Expected mount\(/);
  });
});
