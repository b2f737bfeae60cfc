import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCustomerAndToken, startSandbox, type TestSandbox } from './helpers.js';

/**
 * Every URL field, on every route that takes one, holds its host to letters,
 * digits, dots and hyphens (or an IP literal): what the WHATWG parser lets
 * through (`;`, `,`, quotes, `*`, percent-decoded bytes) would otherwise reach
 * a header.
 */
let t: TestSandbox;
let customerId: string;
beforeAll(async () => {
  t = await startSandbox();
  customerId = (await createCustomerAndToken(t)).customer.id;
});
afterAll(() => t.close());

const session = { mode: 'token', customer: { first_name: 'Ada' } };
const ok = 'https://shop.example/done';
const fields: Array<{
  route: string;
  path: () => string;
  body: (url: string) => Record<string, unknown>;
  field: string;
}> = [
  {
    route: 'POST /customers',
    path: () => '/customers',
    body: (u) => ({ return_url: u }),
    field: 'return_url',
  },
  ...['return_url', 'cancel_url', 'webhook_url'].map((field) => ({
    route: 'POST /customers/:id/tokens',
    path: () => `/customers/${customerId}/tokens`,
    body: (u: string) => ({ [field]: u }),
    field,
  })),
  ...['return_url', 'webhook_url'].map((field) => ({
    route: 'POST /invoices',
    path: () => '/invoices',
    body: (u: string) => ({ name: 'Mug', amount: '9.00', currency: 'EUR', [field]: u }),
    field,
  })),
  ...['success_url', 'cancel_url'].map((field) => ({
    route: 'POST /checkout-sessions',
    path: () => '/checkout-sessions',
    body: (u: string) => ({ ...session, success_url: ok, cancel_url: ok, [field]: u }),
    field,
  })),
  {
    route: 'POST /checkout-sessions (inline customer)',
    path: () => '/checkout-sessions',
    body: (u) => ({ ...session, customer: { return_url: u }, success_url: ok, cancel_url: ok }),
    field: 'customer.return_url',
  },
];

const hostile = [
  'https://shop.example;frame-ancestors/done',
  "https://shop.example;script-src 'unsafe-inline'/x",
  'https://shop.example,evil.example/x',
  "https://shop'example/x",
  'https://shop"example/x',
  'https://*.example/x',
  'https://shop%3Bexample/x',
  'https://shop.exa\tmple/x',
  'https://shop.example\n/x',
  'https:\\\\evil.example/x',
  'https://trusted.example@evil.example/x',
  'https://user:pw@shop.example/x',
  'https://shop_example.com/x',
  'yourapp://host;frame-ancestors/x',
  'yourapp://a,b/x',
];

const fine = [
  'https://shop.example/done?cart=42',
  'http://127.0.0.1:5173/',
  'http://localhost:3000/return',
  'http://[::1]:8080/r',
  'https://xn--bcher-kva.example/r',
  'https://Bücher.example/r',
  'https://shop.example./r',
  'yourapp://processout.return',
];

describe('URL fields', () => {
  for (const f of fields) {
    it(`${f.route} refuses a ${f.field} whose host is not plain`, async () => {
      for (const url of hostile) {
        const res = await t.api('POST', f.path(), f.body(url));
        expect(res.status, url).toBe(400);
        expect(res.body.invalid_fields, url).toEqual([f.field]);
      }
    });

    it(`${f.route} takes a ${f.field} with a plain host or an IP literal`, async () => {
      for (const url of fine) {
        if (f.field === 'webhook_url' && url.startsWith('yourapp:')) continue;
        const res = await t.api('POST', f.path(), f.body(url));
        expect(res.status, `${url}: ${res.text}`).toBe(200);
      }
    });
  }

  it('webhook_url takes no app scheme: the sandbox fetches it', async () => {
    const res = await t.api('POST', `/customers/${customerId}/tokens`, { webhook_url: 'yourapp://hooks' });
    expect(res.status).toBe(400);
    expect(res.body.invalid_fields).toEqual(['webhook_url']);
  });
});
