import { fireEvent, waitFor } from '@testing-library/preact';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../src/client/create-client.js';
import type { GatewayConfigurationList, InvoiceAmount } from '../../src/types.js';
import { createFakeClient, klarna, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

const API = 'http://sandbox.test';
/** What the sandbox answers for `?invoice_id=`: the list, and beside it what the invoice asks for. */
let answer: Record<string, unknown> = {};
const server = setupServer(
  http.get(`${API}/gateway-configurations`, () => HttpResponse.json({ success: true, ...answer })),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

// The list is cached per page and keyed by project: each render gets a project of its own.
let projects = 0;
const realClient = () =>
  createClient({ projectId: `test-proj_amount${++projects}`, apiUrl: API, locale: 'en' });

/** The fake engine, answering as the real client does for an invoice the provider names the amount of. */
const withInvoice = (invoice: unknown) => {
  const fake = createFakeClient();
  const list = Object.assign([paypal, klarna], { invoice }) as GatewayConfigurationList;
  fake.fake.fetchGatewayConfigurations.mockResolvedValue(list);
  return fake;
};
const eur: InvoiceAmount = { amount: '12.00', currency: 'EUR' };

describe('the amount in pay mode', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows the invoice’s amount the sandbox names beside the list', async () => {
    answer = { gateway_configurations: [paypal, klarna], invoice: { amount: '12.00', currency: 'EUR' } };
    const { screen } = renderCheckout({ client: realClient(), invoiceId: 'iv_1' });
    const total = await screen.findByText('Total: €12.00', shown);
    expect(total.className).toBe('pd-total');
    // Above the heading and the methods (saved ones too), once.
    expect(total.parentElement?.firstElementChild).toBe(total);
    expect(
      total.compareDocumentPosition(screen.getByRole('group')) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(screen.getAllByText(/€12\.00/, shown)).toHaveLength(1);
  });

  it('says nothing of an amount when the sandbox does not name one', async () => {
    answer = { gateway_configurations: [paypal, klarna] };
    const { screen, root } = renderCheckout({ client: realClient(), invoiceId: 'iv_1' });
    await screen.findByRole('button', { name: 'PayPal' });
    expect(root.querySelector('.pd-total')).toBeNull();
    expect(screen.queryByText(/Total/, shown)).toBeNull();
  });

  it('names the amount in the waiting panel and its announcement, in a popup and in a new tab', async () => {
    const { client, emit } = withInvoice(eur);
    const { screen, status } = renderCheckout({ client, invoiceId: 'iv_1' });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    await screen.findByText('Continue in the PayPal window to pay €12.00', shown);
    expect(status()).toBe('Continue in the PayPal window to pay €12.00');
    // The panel says it: the total line above the list gives way, so the amount is not said twice.
    expect(screen.getAllByText(/€12\.00/, shown)).toHaveLength(1);
    emit('opened', { config: paypal, mode: 'new-tab' });
    await waitFor(() => expect(status()).toBe('Continue in the PayPal tab to pay €12.00'));
    screen.getByText('Continue in the PayPal tab to pay €12.00', shown);
    // Canceled: back to the list, with its total.
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByText('Total: €12.00', shown);
  });

  it('writes the amount the locale’s way, and again after update({ locale })', async () => {
    const { client } = withInvoice({ amount: '1234.5', currency: 'EUR' });
    const { screen, unmount: checkout } = renderCheckout({ client, invoiceId: 'iv_1', locale: 'fr' });
    // French: a comma for decimals, the euro sign after the amount, spaces (no-break) between groups.
    const total = await screen.findByText(/^Total/, shown);
    expect(total.textContent).toMatch(/^Total\u00a0: 1\s234,50\s€$/);
    fireEvent.click(screen.getByRole('button', { name: 'PayPal' }));
    await screen.findByText(/^Continuez dans la fenêtre PayPal pour payer 1\s234,50\s€$/, shown);
    checkout.update({ locale: 'de' });
    await screen.findByText(/^Fahren Sie im PayPal-Fenster fort, um 1\.234,50\s€ zu bezahlen$/, shown);
    fireEvent.click(screen.getByRole('button', { name: 'Abbrechen' }));
    expect((await screen.findByText(/^Gesamt/, shown)).textContent).toMatch(/^Gesamt: 1\.234,50\s€$/);
  });

  it('writes a currency without decimals as such (JPY)', async () => {
    const { client } = withInvoice({ amount: '1200', currency: 'JPY' });
    const { screen } = renderCheckout({ client, invoiceId: 'iv_1', locale: 'ja' });
    expect((await screen.findByText(/^合計/, shown)).textContent).toBe('合計: ￥1,200');
  });

  it.each([
    ['no currency', { amount: '12.00' }],
    ['an amount that is no number', { amount: 'twelve', currency: 'EUR' }],
    ['a zero amount', { amount: '0.00', currency: 'EUR' }],
    ['a negative amount', { amount: '-5', currency: 'EUR' }],
    ['no amount', { currency: 'EUR' }],
    ['not an object', 'EUR 12'],
  ])('shows nothing it cannot trust as an amount (%s): today’s texts stay', async (_, invoice) => {
    const { client } = withInvoice(invoice);
    const { screen, root, status } = renderCheckout({ client, invoiceId: 'iv_1' });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    await waitFor(() => expect(status()).toBe('Continue in the PayPal window'));
    expect(root.querySelector('.pd-total')).toBeNull();
  });

  it('keeps token mode’s texts as they were', async () => {
    const { client } = createFakeClient();
    const { screen, root, status } = renderCheckout({ client, customerId: 'cust_1', tokenId: 'tok_1' });
    fireEvent.click(await screen.findByRole('button', { name: 'PayPal' }));
    await waitFor(() => expect(status()).toBe('Continue in the PayPal window'));
    expect(root.querySelector('.pd-total')).toBeNull();
  });
});
