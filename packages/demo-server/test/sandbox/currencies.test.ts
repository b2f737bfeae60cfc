import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

const create = (amount: string, currency: string) =>
  t.api('POST', '/invoices', { name: 'Order', amount, currency });

describe('currencies', () => {
  it('takes every ISO 4217 currency with its own number of minor units', async () => {
    for (const [amount, currency] of [
      ['1000', 'JPY'],
      ['500', 'XOF'],
      ['12.50', 'NGN'],
      ['99.99', 'ARS'],
      ['1.234', 'KWD'],
      ['3.500', 'LYD'],
      ['1.2345', 'CLF'],
    ] as const) {
      const res = await create(amount, currency);
      expect(res.status, currency).toBe(200);
      expect(res.body.invoice).toMatchObject({ amount, currency });
    }
  });

  it('refuses more decimals than the currency has', async () => {
    for (const [amount, currency] of [
      ['1.5', 'KRW'],
      ['1.5', 'ISK'],
      ['1.2345', 'BHD'],
      ['1.23456', 'UYW'],
    ] as const) {
      const res = await create(amount, currency);
      expect(res.status, currency).toBe(400);
      expect(res.body.invalid_fields).toEqual(['amount']);
    }
  });

  it('refuses codes that are not currencies with minor units', async () => {
    for (const currency of ['XAU', 'XXX', 'ABC', 'constructor']) {
      const res = await create('1', currency);
      expect(res.status, currency).toBe(400);
      expect(res.body.invalid_fields).toEqual(['currency']);
    }
  });
});
