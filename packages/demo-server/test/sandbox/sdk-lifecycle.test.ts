import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configId, decide, startSandbox, type TestSandbox, tokenPagePath } from './helpers.js';
import { type SdkCallOptions, type SdkClient, sdkClient } from './sdk/sdk-client.js';
import { invoiceGatewayRequest, type Json } from './sdk/sdk-flows.js';
import { SDK_METHODS } from './sdk/wire.js';

/**
 * Seed 003's card-payment lifecycle as a merchant backend drives it through
 * the official Node SDK: every method the README's table marks yes, with the
 * SDK's own requests, checking the fields the SDK reads.
 */
let t: TestSandbox;
let sdk: SdkClient;
beforeEach(async () => {
  t = await startSandbox();
  sdk = sdkClient(t);
});
afterEach(() => t.close());

type Obj = Json & { id: string };
const inDays = (days: number) => new Date(Date.now() + days * 864e5).toISOString().replace(/\.\d+Z$/, 'Z');

/** Customer, blank token, the hosted page's approval, and the save: a chargeable token. */
async function savedToken(options: SdkCallOptions) {
  const customer = await sdk.ok<Obj>(
    'customer.create(options)',
    {},
    { first_name: 'John', last_name: 'Smith', currency: 'EUR', metadata: { plan: 'pro' } },
    options,
  );
  expect(customer).toMatchObject({ first_name: 'John', currency: 'EUR', metadata: { plan: 'pro' } });
  expect(await sdk.ok<Obj>('customer.find(customerId)', { customer_id: customer.id })).toMatchObject({
    last_name: 'Smith',
  });
  const ids = { customer_id: customer.id };
  const blank = await sdk.ok<Obj>(
    'token.create(options)',
    ids,
    { return_url: 'https://shop.example/return', verify: true },
    options,
  );
  expect(blank).toMatchObject({
    type: 'pending',
    is_chargeable: false,
    verification_status: 'not-requested',
  });
  const page = tokenPagePath(t, customer.id, blank.id, await configId(t));
  const source = (await decide(t, page, 'approve')).body.delivery.message.data;
  const tokenIds = { ...ids, token_id: blank.id };
  await sdk.ok('token.save(options)', tokenIds, { source, verify: true }, options);
  const token = await sdk.ok<Obj>('token.find(customerId, tokenId)', tokenIds);
  expect(token).toMatchObject({ type: 'gateway_token', is_chargeable: true, verification_status: 'success' });
  expect(await sdk.ok<Obj>('customer.findToken(tokenId)', tokenIds)).toMatchObject({ id: token.id });
  for (const list of ['customer.fetchTokens()', 'token.fetchCustomerTokens(customerId)']) {
    expect((await sdk.ok<Obj[]>(list, ids)).map((tok) => tok.id)).toEqual([token.id]);
  }
  return { customer, token };
}

async function invoiceFor(customerId: string, amount: string, options: SdkCallOptions, extra: Json = {}) {
  return sdk.ok<Obj>(
    'invoice.create(options)',
    {},
    {
      name: 'Lamp',
      amount,
      currency: 'EUR',
      customer_id: customerId,
      return_url: 'https://shop.example/r',
      ...extra,
    },
    options,
  );
}

/** CIT: authorized on the hosted page's gateway request with an automatic capture, then captured in two parts. */
async function paidAndRefunded(customerId: string, options: SdkCallOptions) {
  const invoice = await invoiceFor(customerId, '10.00', options);
  const ids = { invoice_id: invoice.id };
  const at = inDays(1);
  const source = await invoiceGatewayRequest(t, invoice.id);
  const authorized = await sdk.ok<Obj>(
    'invoice.authorize(source, options)',
    ids,
    { source, auto_capture_at: at },
    options,
  );
  expect(authorized).toMatchObject({
    status: 'authorized',
    authorized: true,
    captured: false,
    authorized_amount: '10.00',
  });
  expect(await sdk.ok<Obj>('invoice.find(invoiceId)', ids)).toMatchObject({
    auto_capture_at: new Date(at).toISOString(),
    transaction_id: authorized.id,
  });
  await sdk.ok('invoice.capture(source, options)', ids, { capture_amount: '4.00' }, options);
  const captured = await sdk.ok<Obj>('invoice.capture(source, options)', ids, {}, options);
  expect(captured).toMatchObject({
    status: 'completed',
    captured_amount: '10.00',
    available_amount: '10.00',
  });
  expect(captured.captured_at).toEqual(expect.any(String));

  const refund = {
    amount: '1.00',
    reason: 'customer_request',
    information: 'scratched',
    metadata: { ticket: '7' },
  };
  expect(await sdk.ok('refund.createForInvoice(invoiceId, options)', ids, refund, options)).toMatchObject({
    success: true,
  });
  const trIds = { transaction_id: authorized.id };
  await sdk.ok('refund.create(options)', trIds, { amount: '0.50', reason: 'other' }, options);
  const refunds = await sdk.ok<Obj[]>('transaction.fetchRefunds()', trIds);
  expect(refunds.map((r) => [r.amount, r.reason, r.transaction_id])).toEqual([
    ['1.00', 'customer_request', authorized.id],
    ['0.50', 'other', authorized.id],
  ]);
  expect(refunds[0]).toMatchObject({
    information: 'scratched',
    metadata: { ticket: '7' },
    has_failed: false,
  });
  expect(await sdk.ok<Obj[]>('refund.fetchTransactionRefunds(transactionId)', trIds)).toHaveLength(2);
  const one = { ...trIds, refund_id: refunds[1]?.id ?? '' };
  expect(await sdk.ok<Obj>('transaction.findRefund(refundId)', one)).toMatchObject({ amount: '0.50' });
  expect(await sdk.ok<Obj>('refund.find(transactionId, refundId)', one)).toMatchObject({ amount: '0.50' });

  const transaction = await sdk.ok<Obj>('transaction.find(transactionId)', trIds);
  expect(transaction).toMatchObject({
    status: 'partially-refunded',
    refunded_amount: '1.50',
    available_amount: '8.50',
    refunded: true,
  });
  expect((transaction.operations as Json[]).map((op) => `${op.type} ${op.amount}`)).toEqual([
    'authorization 10.00',
    'capture 4.00',
    'capture 6.00',
    'refund 1.00',
    'refund 0.50',
  ]);
  expect(await sdk.ok<Obj>('invoice.fetchTransaction()', ids)).toEqual(transaction);
  expect(await sdk.ok<Obj>('invoice.fetchCustomer()', ids)).toMatchObject({ id: customerId });
  return transaction;
}

/** MIT: the saved token charged with capture(source) on one invoice; another authorized with it, then voided. */
async function chargedAndVoided(customerId: string, tokenId: string, options: SdkCallOptions) {
  const charged = await invoiceFor(customerId, '3.00', options);
  const mit = await sdk.ok<Obj>(
    'invoice.capture(source, options)',
    { invoice_id: charged.id },
    { source: tokenId },
    options,
  );
  expect(mit).toMatchObject({ status: 'completed', token_id: tokenId, captured_amount: '3.00' });
  const held = await invoiceFor(customerId, '7.00', options);
  const ids = { invoice_id: held.id };
  await sdk.ok(
    'invoice.authorize(source, options)',
    ids,
    { source: tokenId, metadata: { mit: 'yes' } },
    options,
  );
  const voided = await sdk.ok<Obj>(
    'invoice.void(options)',
    ids,
    { metadata: { why: 'out of stock' } },
    options,
  );
  expect(voided).toMatchObject({
    status: 'voided',
    voided: true,
    voided_amount: '7.00',
    captured_amount: '0.00',
  });
  expect((voided.operations as Json[]).map((op) => [op.type, op.metadata])).toEqual([
    ['authorization', { mit: 'yes' }],
    ['void', { why: 'out of stock' }],
  ]);
  expect(voided.voided_at).toEqual(expect.any(String));
}

describe.each([
  ['JSON with the SDK’s nulls', {}],
  ['form-encoded', { form: true }],
])('every SDK method the table supports, sent as %s', (_, options: SdkCallOptions) => {
  it('runs seed 003’s lifecycle: customer, token, invoices paid, captured, refunded, voided, events', async () => {
    const { customer, token } = await savedToken(options);
    const paid = await paidAndRefunded(customer.id, options);
    await chargedAndVoided(customer.id, token.id, options);

    const mine = await sdk.ok<Obj[]>('customer.fetchTransactions()', { customer_id: customer.id });
    expect(mine).toHaveLength(3);
    expect((await sdk.ok<Obj[]>('transaction.all()')).map((tr) => tr.id)).toContain(paid.id);

    const events = await sdk.ok<Obj[]>('event.all()');
    const names = events.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'transaction.authorized',
        'transaction.captured',
        'transaction.refunded',
        'transaction.voided',
      ]),
    );
    const ofPaid = (e: Obj) => (e.data as { transaction?: Json }).transaction?.id === paid.id;
    const captured = events.find((e) => e.name === 'transaction.captured' && ofPaid(e)) ?? { id: '' };
    const found = await sdk.ok<Obj>('event.find(eventId)', { event_id: captured.id });
    expect(found).toMatchObject({ name: 'transaction.captured', fired_at: expect.any(String) });
    expect((found.data as { transaction: Json }).transaction).toMatchObject({ id: paid.id, captured: true });

    const configs = await sdk.ok<Obj[]>(
      'gatewayConfiguration.all(options)',
      {},
      { filter: 'alternative-payment-methods' },
    );
    const paypal = configs.find((c) => (c.gateway as Json).name === 'paypal') ?? { id: '' };
    expect(
      await sdk.ok<Obj>('gatewayConfiguration.find(configurationId)', { configuration_id: paypal.id }),
    ).toMatchObject({
      id: paypal.id,
      enabled: true,
    });

    const spare = await sdk.ok<Obj>('token.create(options)', { customer_id: customer.id }, {}, options);
    await sdk.ok('customer.deleteToken(tokenId)', { customer_id: customer.id, token_id: spare.id });
    await sdk.ok('token.delete()', { customer_id: customer.id, token_id: token.id });
    expect((await sdk.call('customer.fetchTokens()', { customer_id: customer.id })).body.tokens).toEqual([]);

    const supported = SDK_METHODS.filter((m) => m.supported).map((m) => m.name);
    expect([...sdk.called].sort()).toEqual([...supported].sort());
  });
});
