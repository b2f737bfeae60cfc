import { configId, decide, type TestSandbox } from '../helpers.js';
import type { SdkCallOptions, SdkClient } from './sdk-client.js';

export type Json = Record<string, unknown>;

/** The shopper approves the invoice's hosted APM page, as the widget's `pay()` would; returns the `gway_req_…`. */
export async function invoiceGatewayRequest(t: TestSandbox, invoiceId: string, gateway = 'paypal') {
  const page = `/checkout/${t.project.id}/${invoiceId}/redirect/${await configId(t, gateway)}`;
  return (await decide(t, page, 'approve')).body.delivery.message.data ?? '';
}

/** `invoice.create()` then, with the hosted page's gateway request, `invoice.authorize()`. */
export async function authorizedInvoice(
  t: TestSandbox,
  sdk: SdkClient,
  amount = '10.00',
  options: SdkCallOptions = {},
) {
  const invoice = await sdk.ok<Json & { id: string }>(
    'invoice.create(options)',
    {},
    { name: 'Lamp', amount, currency: 'EUR', return_url: 'https://shop.example/return' },
    options,
  );
  const source = await invoiceGatewayRequest(t, invoice.id);
  const transaction = await sdk.ok<Json & { id: string }>(
    'invoice.authorize(source, options)',
    { invoice_id: invoice.id },
    { source },
    options,
  );
  return { invoice, transaction };
}
