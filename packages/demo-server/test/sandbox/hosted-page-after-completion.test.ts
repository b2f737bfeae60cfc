import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { choose, SHOP, showPage, tokenFlow } from './flow-relay-helpers.js';
import { configId, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

/** What Back shows after a completed redirect: the page again, by GET. */
async function back(page: string, state: string) {
  const response = await showPage(t, page, state);
  return { status: response.status, html: await response.text() };
}

describe('Back to a hosted page after the flow completed', () => {
  it('says the method is already saved and links to the registered return_url', async () => {
    const { customer, token, page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    const source = (await choose(t, page, state, 'approve')).body.delivery.message.data;
    await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source });
    const shown = await back(page, state);
    expect(shown.status).toBe(409);
    expect(shown.html).toContain('Already saved');
    expect(shown.html).toContain('already saved with Paydrop Demo Store');
    expect(shown.html).toContain(`href="${SHOP}/return"`);
  });

  it('says the shopper already approved when the merchant has not saved it yet', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    await choose(t, page, state, 'approve');
    const shown = await back(page, state);
    expect(shown.status).toBe(409);
    expect(shown.html).toContain('You already approved PayPal here.');
    expect(shown.html).toContain(`href="${SHOP}/return"`);
    expect(shown.html).not.toContain('>Approve</button>');
  });

  it('says a paid invoice is paid, with a link back', async () => {
    const invoice = (
      await t.api('POST', '/invoices', {
        name: 'Order',
        amount: '24.00',
        currency: 'EUR',
        return_url: `${SHOP}/pay`,
      })
    ).body.invoice;
    const page = `/checkout/${t.project.id}/${invoice.id}/redirect/${await configId(t)}`;
    const source = (await choose(t, page, 'st_paid', 'approve')).body.delivery.message.data;
    await t.api('POST', `/invoices/${invoice.id}/authorize`, { source });
    const shown = await back(page, 'st_paid');
    expect(shown.status).toBe(409);
    expect(shown.html).toContain('Already paid');
    expect(shown.html).toContain(`href="${SHOP}/pay"`);
  });
});
