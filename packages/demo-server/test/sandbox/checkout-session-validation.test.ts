import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CANCEL_URL, createSession, SUCCESS_URL } from './checkout-session-helpers.js';
import { startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

const create = (body: Record<string, unknown>, options = {}) =>
  t.api('POST', '/checkout-sessions', body, options);
const valid = {
  mode: 'token',
  customer: { first_name: 'Ada' },
  success_url: SUCCESS_URL,
  cancel_url: CANCEL_URL,
};

describe('checkout session validation', () => {
  it('requires a mode of token or payment', async () => {
    for (const mode of [undefined, null, 'subscription']) {
      const res = await create({ ...valid, mode });
      expect(res.status).toBe(400);
      expect(res.body.error_type).toBe('request.validation-error');
      expect(res.body.invalid_fields).toEqual(['mode']);
    }
  });

  it('lists every missing or unsafe URL at once', async () => {
    const res = await create({
      mode: 'token',
      customer: { first_name: 'Ada', email: 'nope' },
      cancel_url: 'javascript:alert(1)',
    });
    expect(res.status).toBe(400);
    expect(res.body.invalid_fields.sort()).toEqual(['cancel_url', 'customer.email', 'success_url']);
    for (const url of ['data:text/html,<b>', 'JAVASCRIPT://x%0aalert(1)', '/relative', 'vbscript:x']) {
      expect((await create({ ...valid, success_url: url })).body.invalid_fields).toEqual(['success_url']);
    }
  });

  it('requires invoice_id in payment mode and forbids it in token mode', async () => {
    const payment = await create({ ...valid, mode: 'payment' });
    expect(payment.body.invalid_fields).toEqual(['invoice_id']);
    const token = await create({ ...valid, invoice_id: 'iv_x' });
    expect(token.status).toBe(400);
    expect(token.body.invalid_fields).toEqual(['invoice_id']);
    expect(token.body.message).toContain('only allowed in payment mode');
  });

  it('needs exactly one of customer_id and customer', async () => {
    const neither = await create({ ...valid, customer: null });
    expect(neither.body.invalid_fields).toEqual(['customer_id']);
    const both = await create({ ...valid, customer_id: 'cust_x' });
    expect(both.body.invalid_fields).toEqual(['customer_id', 'customer']);
  });

  it('answers 404 for an unknown customer or invoice, creating nothing', async () => {
    const customer = await create({ ...valid, customer: null, customer_id: 'cust_unknown' });
    expect(customer.status).toBe(404);
    const invoice = await create({ ...valid, mode: 'payment', invoice_id: 'iv_unknown' });
    expect(invoice.status).toBe(404);
    expect(invoice.body.error_type).toBe('resource.not-found');
  });

  it('refuses an invoice of another customer', async () => {
    const owner = (await t.api('POST', '/customers', { first_name: 'Grace' })).body.customer;
    const iv = (
      await t.api('POST', '/invoices', { name: 'x', amount: '1', currency: 'EUR', customer_id: owner.id })
    ).body.invoice;
    const res = await create({ ...valid, mode: 'payment', invoice_id: iv.id });
    expect(res.body.invalid_fields).toEqual(['invoice_id']);
  });

  it('accepts a form-encoded body with a nested customer', async () => {
    const res = await create(
      {
        mode: 'token',
        'customer[first_name]': 'Ada',
        'customer[currency]': 'eur',
        success_url: SUCCESS_URL,
        cancel_url: CANCEL_URL,
        locale: 'en-GB',
        'metadata[order]': '42',
      },
      { form: true },
    );
    expect(res.status).toBe(200);
    expect(res.body.checkout_session).toMatchObject({ locale: 'en-GB', metadata: { order: '42' } });
    expect((await create({ ...valid, locale: 'not a locale' })).body.invalid_fields).toEqual(['locale']);
  });

  it('needs the secret key', async () => {
    expect((await create(valid, { auth: 'public' })).status).toBe(401);
    const session = await createSession(t);
    expect(
      (await t.api('GET', `/checkout-sessions/${session.id}`, undefined, { auth: 'public' })).status,
    ).toBe(401);
  });

  it('answers 404 for an unknown session or one of another project', async () => {
    expect((await t.api('GET', '/checkout-sessions/cs_unknown')).status).toBe(404);
    const dbPath = join(mkdtempSync(join(tmpdir(), 'paydrop-')), 'sandbox.db');
    const mine = await startSandbox({ dbPath });
    const theirs = await startSandbox({
      dbPath,
      projectId: 'test-proj_other',
      projectSecret: 'key_sandbox_other',
    });
    try {
      const session = await createSession(mine);
      const res = await theirs.api('GET', `/checkout-sessions/${session.id}`);
      expect(res.status).toBe(404);
      expect(res.body.error_type).toBe('resource.not-found');
    } finally {
      await theirs.close();
      await mine.close();
    }
  });
});
