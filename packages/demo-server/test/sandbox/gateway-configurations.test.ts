import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomerAndToken, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

const list = async (query: string) =>
  t.api('GET', `/gateway-configurations?${query}`, undefined, { auth: 'public' });

describe('gateway configurations', () => {
  it('lists enabled APMs with the ProcessOut shape and sandbox logos', async () => {
    const res = await list('filter=alternative-payment-methods');
    expect(res.status).toBe(200);
    const configs = res.body.gateway_configurations;
    expect(configs.length).toBeGreaterThanOrEqual(6);
    for (const config of configs) {
      expect(config.id).toMatch(/^gway_conf_/);
      expect(config).toMatchObject({ enabled: true, default_currency: expect.any(String) });
      expect(config.gateway.logo_url).toBe(`${t.url}/logos/${config.gateway.name}.svg`);
      expect(config.gateway.flows).toContain('one-off');
    }
    expect(configs.map((c) => c.gateway.name)).not.toContain('alipay');
  });

  it('lists only tokenizing APMs under the -with-tokenization filter', async () => {
    const names = (
      await list('filter=alternative-payment-methods-with-tokenization')
    ).body.gateway_configurations.map((c) => c.gateway.name);
    expect(names).toEqual(expect.arrayContaining(['paypal', 'klarna', 'bancontact', 'swish']));
    expect(names).not.toContain('ideal');
    expect(names).not.toContain('blik');
  });

  it('keeps configuration IDs stable between calls', async () => {
    const a = (await list('filter=alternative-payment-methods')).body.gateway_configurations.map((c) => c.id);
    const b = (await list('filter=alternative-payment-methods')).body.gateway_configurations.map((c) => c.id);
    expect(b).toEqual(a);
  });

  it('lists only APMs that support the invoice currency', async () => {
    const invoice = (await t.api('POST', '/invoices', { name: 'Order', amount: '100', currency: 'PLN' })).body
      .invoice;
    const names = (
      await list(`filter=alternative-payment-methods&invoice_id=${invoice.id}`)
    ).body.gateway_configurations.map((c) => c.gateway.name);
    expect(names).toContain('blik');
    expect(names).toContain('paypal');
    expect(names).not.toContain('ideal');
  });

  it('names the invoice’s amount and currency (and nothing else of it) beside the list, for the drop-in', async () => {
    const invoice = (
      await t.api('POST', '/invoices', {
        name: 'Order',
        amount: '12.5',
        currency: 'EUR',
        metadata: { secret_note: 'x' },
      })
    ).body.invoice;
    const res = await list(`filter=alternative-payment-methods&invoice_id=${invoice.id}`);
    expect(res.body.invoice).toEqual({ amount: '12.50', currency: 'EUR' });
    const yen = (await t.api('POST', '/invoices', { name: 'Order', amount: '1200', currency: 'JPY' })).body
      .invoice;
    expect((await list(`invoice_id=${yen.id}`)).body.invoice).toEqual({ amount: '1200', currency: 'JPY' });
    // Without an invoice there is nothing to name.
    expect((await list('filter=alternative-payment-methods')).body).not.toHaveProperty('invoice');
    expect((await list('invoice_id=iv_missing')).status).toBe(404);
  });

  it('lists only tokenizing APMs that take the customer’s currency, when the customer has one', async () => {
    const names = async (currency: string | null) => {
      const customer = (await t.api('POST', '/customers', { first_name: 'Ada', currency })).body.customer;
      const query = `filter=alternative-payment-methods-with-tokenization&customer_id=${customer.id}`;
      return (await list(query)).body.gateway_configurations.map((c) => c.gateway.name);
    };
    expect(await names('SEK')).toEqual(['paypal', 'klarna', 'swish']);
    expect(await names('EUR')).toEqual(['paypal', 'klarna', 'bancontact']);
    expect(await names(null)).toEqual(['paypal', 'klarna', 'bancontact', 'swish']);
  });

  it('checks the customer and token it is asked about', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    const ok = await list(
      `filter=alternative-payment-methods-with-tokenization&customer_id=${customer.id}&token_id=${token.id}`,
    );
    expect(ok.status).toBe(200);
    const bad = await list(
      `filter=alternative-payment-methods-with-tokenization&customer_id=${customer.id}&token_id=tok_x`,
    );
    expect(bad.status).toBe(404);
  });

  it('returns an empty list for card payments', async () => {
    const res = await list('filter=card-payments');
    expect(res.body).toEqual({ success: true, gateway_configurations: [] });
  });

  it('rejects an unknown filter with a validation error', async () => {
    const res = await list('filter=everything');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_type: 'request.validation-error', invalid_fields: ['filter'] });
  });

  it('needs at least the public credential', async () => {
    const res = await t.api('GET', '/gateway-configurations?filter=alternative-payment-methods', undefined, {
      auth: 'none',
    });
    expect(res.status).toBe(401);
  });

  it('serves a distinct SVG logo per APM', async () => {
    const configs = (await list('filter=alternative-payment-methods')).body.gateway_configurations;
    const svgs = await Promise.all(
      configs.map(async (c) => {
        const res = await fetch(c.gateway.logo_url);
        expect(res.headers.get('content-type')).toBe('image/svg+xml');
        return res.text();
      }),
    );
    for (const svg of svgs) expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 64 64"/);
    expect(new Set(svgs).size).toBe(svgs.length);
  });
});
