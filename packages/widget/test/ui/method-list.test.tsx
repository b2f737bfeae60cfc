import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClient, gateway, klarna, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

describe('method list', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('renders one real button per enabled method, named by its display name', async () => {
    const disabled = { ...gateway('sofort', 'Sofort'), enabled: false };
    const { client } = createFakeClient([paypal, klarna, disabled]);
    const { screen } = renderCheckout({ client, ...target });
    await screen.findByRole('button', { name: 'PayPal' });
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((button) => button.querySelector('.pd-name')?.textContent)).toEqual([
      'PayPal',
      'Klarna',
    ]);
    expect(screen.getByRole('button', { name: 'Klarna' })).toBe(buttons[1]);
    expect(
      buttons.every((button) => button.tagName === 'BUTTON' && button.getAttribute('type') === 'button'),
    ).toBe(true);
  });

  it('shows the initial instead of a missing logo, hidden from screen readers', async () => {
    const { client } = createFakeClient([klarna]);
    const { screen } = renderCheckout({ client, ...target });
    const button = await screen.findByRole('button', { name: 'Klarna' });
    const logo = button.querySelector('.pd-logo');
    expect(logo?.textContent).toBe('K');
    expect(logo?.getAttribute('aria-hidden')).toBe('true');
  });

  it('shows the logo as a decorative image', async () => {
    const { client } = createFakeClient([paypal]);
    const { screen } = renderCheckout({ client, ...target });
    const button = await screen.findByRole('button', { name: 'PayPal' });
    const logo = button.querySelector('img');
    expect(logo?.getAttribute('src')).toBe(paypal.gateway.logo_url);
    expect(logo?.getAttribute('alt')).toBe('');
  });

  it('fetches with the tokenization filter for a token and the APM filter for an invoice', async () => {
    const token = createFakeClient();
    renderCheckout({ client: token.client, ...target });
    expect(token.fake.fetchGatewayConfigurations).toHaveBeenCalledWith(
      target,
      expect.objectContaining({ filter: 'alternative-payment-methods-with-tokenization' }),
    );
    const invoice = createFakeClient();
    renderCheckout({ client: invoice.client, invoiceId: 'iv_1' });
    expect(invoice.fake.fetchGatewayConfigurations).toHaveBeenCalledWith(
      { invoiceId: 'iv_1' },
      expect.objectContaining({ filter: 'alternative-payment-methods' }),
    );
  });

  it('says so when no method is available', async () => {
    const { client } = createFakeClient([]);
    const { screen, status } = renderCheckout({ client, ...target });
    await screen.findByText('No payment methods available', shown);
    expect(screen.queryAllByRole('button')).toHaveLength(0);
    expect(status()).toBe('No payment methods available');
  });
});
