import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventually, startSandbox, type TestSandbox } from './helpers.js';
import { type SdkClient, sdkClient } from './sdk/sdk-client.js';
import { authorizedInvoice, invoiceGatewayRequest, type Json } from './sdk/sdk-flows.js';

let t: TestSandbox;
let sdk: SdkClient;
beforeEach(async () => {
  t = await startSandbox();
  sdk = sdkClient(t);
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

const AUTHORIZE = 'invoice.authorize(source, options)';
const CAPTURE = 'invoice.capture(source, options)';
const VOID = 'invoice.void(options)';
const REFUND = 'refund.createForInvoice(invoiceId, options)';

async function pendingInvoice() {
  const invoice = await sdk.ok<Json & { id: string }>(
    'invoice.create(options)',
    {},
    { name: 'Lamp', amount: '10.00', currency: 'EUR' },
  );
  return { invoice, source: await invoiceGatewayRequest(t, invoice.id) };
}

async function completedInvoice() {
  const { invoice } = await authorizedInvoice(t, sdk);
  await sdk.ok(CAPTURE, { invoice_id: invoice.id });
  return invoice;
}

const transactionOf = (invoiceId: string) =>
  sdk.ok<Json>('invoice.fetchTransaction()', { invoice_id: invoiceId });

describe('money-moving calls and fields they do not act on', () => {
  it('refuses an unknown field on authorize, leaving the invoice unpaid and the gateway request unspent', async () => {
    const { invoice, source } = await pendingInvoice();
    const ids = { invoice_id: invoice.id };
    const refused = await sdk.call(AUTHORIZE, ids, { source }, { extra: { amount: '4.00' } });
    expect(refused.status).toBe(400);
    expect(refused.body.invalid_fields).toEqual(['amount']);
    expect((await sdk.call('invoice.fetchTransaction()', ids)).status).toBe(404);
    expect((await sdk.ok<Json>(AUTHORIZE, ids, { source })).status).toBe('authorized');
  });

  it.each([
    ['invoice_line_items', [{ id: 'line_1', amount: '4.00' }]],
    ['transaction_link_id', 'tr_elsewhere'],
    ['save_source', true],
    ['incremental', true],
    ['provision_network_token', true],
  ])('refuses the SDK’s %s when set, since the sandbox cannot do what it asks', async (field, value) => {
    const { invoice, source } = await pendingInvoice();
    const refused = await sdk.call(AUTHORIZE, { invoice_id: invoice.id }, { source, [field]: value });
    expect(refused.status).toBe(400);
    expect(refused.body.invalid_fields).toEqual([field]);
  });

  it('accepts the card-only hints the SDK sends (device, 3-D Secure switches) without effect', async () => {
    const { invoice, source } = await pendingInvoice();
    const hints = {
      device: { channel: 'web', ip_address: '203.0.113.9' },
      synchronous: true,
      enable_three_d_s_2: true,
      retry_drop_liability_shift: true,
      allow_fallback_to_sale: true,
      override_mac_blocking: true,
      incremental: false,
    };
    const authorized = await sdk.ok<Json>(AUTHORIZE, { invoice_id: invoice.id }, { source, ...hints });
    expect(authorized).toMatchObject({ status: 'authorized', authorized_amount: '10.00' });
  });

  it('takes capture_amount on authorize as what auto_capture_at captures, and only with it', async () => {
    const { invoice, source } = await pendingInvoice();
    const ids = { invoice_id: invoice.id };
    const alone = await sdk.call(AUTHORIZE, ids, { source, capture_amount: '4.00' });
    expect(alone.body.invalid_fields).toEqual(['capture_amount']);
    const at = new Date(Date.now() + 3600e3).toISOString();
    await sdk.ok(AUTHORIZE, ids, { source, capture_amount: '4.00', auto_capture_at: at });
    // The sandbox reads the same clock: past the capture time, its next tick captures.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 7200e3 });
    const captured = await eventually(async () => {
      const read = await transactionOf(invoice.id);
      return read.captured ? read : undefined;
    });
    expect(captured).toMatchObject({ status: 'partially-captured', captured_amount: '4.00' });
  });

  it('refuses an unknown field on void, and the authorization stands', async () => {
    const { invoice } = await authorizedInvoice(t, sdk);
    const refused = await sdk.call(VOID, { invoice_id: invoice.id }, {}, { extra: { reason: 'oops' } });
    expect(refused.status).toBe(400);
    expect(refused.body.invalid_fields).toEqual(['reason']);
    expect((await transactionOf(invoice.id)).status).toBe('authorized');
  });

  it('refuses a partial void instead of voiding it all', async () => {
    const { invoice } = await authorizedInvoice(t, sdk);
    const refused = await sdk.call(VOID, { invoice_id: invoice.id }, { amount: '4.00' });
    expect(refused.body.invalid_fields).toEqual(['amount']);
    expect((await transactionOf(invoice.id)).status).toBe('authorized');
    const voided = await sdk.ok<Json>(VOID, { invoice_id: invoice.id }, { amount: '10.00' });
    expect(voided).toMatchObject({ status: 'voided', voided_amount: '10.00' });
  });

  it.each([
    ['refund_amount', '1.00', false],
    ['invoice_detail_ids', ['detail_1'], false],
    ['amount_refunded', '1.00', true],
  ])('refuses %s on a refund, and nothing is refunded', async (field, value, form) => {
    const invoice = await completedInvoice();
    const ids = { invoice_id: invoice.id };
    const given = field === 'invoice_detail_ids' ? { [field]: value } : {};
    const extra = field === 'invoice_detail_ids' ? {} : { [field]: value };
    const refused = await sdk.call(REFUND, ids, given, { form, extra });
    expect(refused.status).toBe(400);
    expect(refused.body.invalid_fields).toEqual([field]);
    expect(await transactionOf(invoice.id)).toMatchObject({ refunded_amount: '0.00', refunds: [] });
  });

  it('refuses a source on token.create rather than leave the token blank unnoticed', async () => {
    const customer = await sdk.ok<Json & { id: string }>(
      'customer.create(options)',
      {},
      { first_name: 'Ada' },
    );
    const refused = await sdk.call(
      'token.create(options)',
      { customer_id: customer.id },
      { source: 'gway_req_x' },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.invalid_fields).toEqual(['source']);
  });
});
