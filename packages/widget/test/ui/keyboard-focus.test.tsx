import { fireEvent } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeClient, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

/** Chooses PayPal from the keyboard's point of view: focus first, then activate. */
async function choosePaypal() {
  const fake = createFakeClient();
  const view = renderCheckout({ client: fake.client, ...target });
  const method = await view.screen.findByRole('button', { name: 'PayPal' });
  method.focus();
  fireEvent.click(method);
  return { ...fake, ...view, method };
}

describe('keyboard focus', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('stays on the chosen method while the flow runs', async () => {
    const { root, method } = await choosePaypal();
    expect(method.getAttribute('aria-disabled')).toBe('true');
    expect(root.activeElement).toBe(method);
  });

  it('stays on the chosen method when the flow fails, so the shopper can choose again', async () => {
    const { root, method, flows, screen } = await choosePaypal();
    flows[0]?.resolve({ error: Object.assign(new Error('declined'), { code: 'gateway.declined' }) } as never);
    await screen.findByText('PayPal declined — try another', shown);
    expect(root.activeElement).toBe(method);
  });

  it('moves to Continue when the popup is blocked', async () => {
    const { root, emit, screen } = await choosePaypal();
    emit('popup-blocked', { config: paypal, fallback: 'continue', retry: vi.fn() });
    const next = await screen.findByRole('button', { name: 'Continue with PayPal' });
    expect(root.activeElement).toBe(next);
  });

  it('moves to the success panel when the method list goes away', async () => {
    const { root, flows, screen } = await choosePaypal();
    flows[0]?.resolve({ token: 'gway_req_1', customerId: 'cust_1', tokenId: 'tok_1' });
    await screen.findByText('PayPal connected', shown);
    expect(root.activeElement?.classList.contains('pd-success')).toBe(true);
  });

  it('returns to the methods after Cancel instead of falling to the page', async () => {
    const { root, screen } = await choosePaypal();
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.click(cancel);
    await screen.findByText('You canceled — choose a payment method', shown);
    expect(root.activeElement).toBe(screen.getByRole('button', { name: 'PayPal' }));
  });

  it('does not take the focus from the merchant page', async () => {
    const { flows, screen } = await choosePaypal();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    flows[0]?.resolve({ token: 'gway_req_1', customerId: 'cust_1', tokenId: 'tok_1' });
    await screen.findByText('PayPal connected', shown);
    expect(document.activeElement).toBe(field);
  });
});
