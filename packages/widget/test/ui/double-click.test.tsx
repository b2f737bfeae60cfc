import { fireEvent } from '@testing-library/preact';
import { afterEach, expect, it } from 'vitest';
import { createFakeClient, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

afterEach(() => {
  document.body.innerHTML = '';
});

it('one click, one flow: the second click of a double click, landing on the Cancel that just appeared where the method was, cancels nothing', async () => {
  const { client, emit, flows } = createFakeClient();
  const { screen } = renderCheckout({ client, ...target, mode: 'redirect' });
  fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }), { detail: 1 });
  emit('opened', { config: paypal, mode: 'redirect' });
  fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }), { detail: 2 });
  expect(flows).toHaveLength(1);
  expect(flows[0]?.options.signal?.aborted).toBe(false);
  await screen.findByText('Redirecting to PayPal…', shown);
  // A click of its own on Cancel (or the keyboard, detail 0) still cancels.
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }), { detail: 0 });
  expect(flows[0]?.options.signal?.aborted).toBe(true);
});
