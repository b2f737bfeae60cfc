import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type TestSandbox } from './helpers.js';
import { type SdkClient, sdkClient } from './sdk/sdk-client.js';
import { authorizedInvoice, type Json } from './sdk/sdk-flows.js';

let t: TestSandbox;
let sdk: SdkClient;
beforeEach(async () => {
  t = await startSandbox();
  sdk = sdkClient(t);
});
afterEach(() => t.close());

const CAPTURE = 'invoice.capture(source, options)';

describe.each([
  ['JSON with the SDK’s nulls', false],
  ['form-encoded', true],
])('a partial capture sent as %s', (_, form) => {
  it('captures 4.00 of 10.00 as capture_amount, leaving 6.00 to capture', async () => {
    const { invoice } = await authorizedInvoice(t, sdk, '10.00', { form });
    const captured = await sdk.ok<Json>(
      CAPTURE,
      { invoice_id: invoice.id },
      { capture_amount: '4.00' },
      { form },
    );
    expect(captured).toMatchObject({
      status: 'partially-captured',
      amount: '10.00',
      authorized_amount: '10.00',
      captured_amount: '4.00',
      available_amount: '4.00',
      captured: true,
    });
    const read = await sdk.ok<Json>('invoice.fetchTransaction()', { invoice_id: invoice.id });
    expect(read).toMatchObject({ captured_amount: '4.00', status: 'partially-captured' });
    expect((read.operations as Json[]).map((op) => [op.type, op.amount])).toEqual([
      ['authorization', '10.00'],
      ['capture', '4.00'],
    ]);

    const rest = await sdk.ok<Json>(CAPTURE, { invoice_id: invoice.id }, {}, { form });
    expect(rest).toMatchObject({ status: 'completed', captured_amount: '10.00' });
    expect((rest.operations as Json[]).at(-1)).toMatchObject({ type: 'capture', amount: '6.00' });
  });
});

describe('a capture with an amount field the sandbox does not know', () => {
  it.each([
    ['captured_amount', false],
    ['amount_to_capture', true],
  ])('refuses %s with invalid_fields naming it, and captures nothing', async (field, form) => {
    const { invoice } = await authorizedInvoice(t, sdk);
    const refused = await sdk.call(
      CAPTURE,
      { invoice_id: invoice.id },
      {},
      { form, extra: { [field]: '4.00' } },
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error_type: 'request.validation-error', invalid_fields: [field] });
    const read = await sdk.ok<Json>('invoice.fetchTransaction()', { invoice_id: invoice.id });
    expect(read).toMatchObject({ status: 'authorized', captured_amount: '0.00' });
  });

  it('refuses capture_amount and amount that disagree, naming both', async () => {
    const { invoice } = await authorizedInvoice(t, sdk);
    const refused = await sdk.call(
      CAPTURE,
      { invoice_id: invoice.id },
      { capture_amount: '4.00' },
      { extra: { amount: '5.00' } },
    );
    expect(refused.status).toBe(400);
    expect(refused.body.invalid_fields).toEqual(['amount', 'capture_amount']);
    const read = await sdk.ok<Json>('invoice.fetchTransaction()', { invoice_id: invoice.id });
    expect(read.captured_amount).toBe('0.00');
  });
});
