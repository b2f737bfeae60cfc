/**
 * The requests the official ProcessOut Node SDK (processout-node 11.0.0,
 * `src/*.ts`) sends for every method of the resources the sandbox implements,
 * and what it reads back: written down from reading its source, so tests can
 * send exactly those requests without depending on the package (it is not on
 * the npm registry this project installs from). The README's SDK table must
 * list the same methods (`sdk-methods-table.test.ts`).
 *
 * How the SDK talks: JSON bodies (`Content-Type: application/json` on every
 * call, GETs too) holding every field of the method, `null` unless set; GET
 * and DELETE data as a query string (`key=` + encodeURIComponent, so `null`
 * becomes the text `null`); headers `API-Version: 1.4.0.0`,
 * `Idempotency-Key` when asked. It picks its error class by status (400
 * validation, 401 authentication, 404 not found, else generic) and keeps
 * `error_type` as the error's `code`.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface SdkMethod {
  /** `resource.method(args)` as the README's table names it. */
  name: string;
  method: HttpMethod;
  /** The path the SDK builds, with `:params`. */
  path: string;
  /** Whether the sandbox implements it. */
  supported: boolean;
  /** Every body field the SDK sends, in its order (JSON, `null` unless set). */
  body?: readonly string[];
  /** Query fields a GET always carries. */
  query?: readonly string[];
  /** The response key the SDK reads (a list when `list`), and the fields it reads there that the sandbox promises. */
  reads?: { key: string; list?: boolean; fields: readonly string[] };
}

export const CUSTOMER_READS = [
  'id',
  'project_id',
  'currency',
  'email',
  'first_name',
  'last_name',
  'metadata',
  'sandbox',
  'created_at',
] as const;

export const TOKEN_READS = [
  'id',
  'customer_id',
  'gateway_configuration_id',
  'type',
  'metadata',
  'return_url',
  'cancel_url',
  'is_chargeable',
  'verification_status',
  'webhook_url',
  'created_at',
] as const;

export const TRANSACTION_READS = [
  'id',
  'project_id',
  'invoice_id',
  'customer_id',
  'token_id',
  'gateway_configuration_id',
  'operations',
  'refunds',
  'name',
  'amount',
  'authorized_amount',
  'captured_amount',
  'refunded_amount',
  'available_amount',
  'voided_amount',
  'currency',
  'error_code',
  'status',
  'authorized',
  'captured',
  'voided',
  'refunded',
  'chargedback',
  'metadata',
  'sandbox',
  'created_at',
  'chargedback_at',
  'refunded_at',
  'authorized_at',
  'captured_at',
  'voided_at',
] as const;

export const INVOICE_READS = [
  'id',
  'project_id',
  'transaction',
  'transaction_id',
  'customer_id',
  'name',
  'amount',
  'currency',
  'metadata',
  'return_url',
  'webhook_url',
  'sandbox',
  'created_at',
  'auto_capture_at',
] as const;

export const REFUND_READS = [
  'id',
  'transaction_id',
  'amount',
  'reason',
  'information',
  'has_failed',
  'metadata',
  'sandbox',
  'created_at',
  'invoice_detail_ids',
] as const;

export const EVENT_READS = ['id', 'project_id', 'name', 'data', 'sandbox', 'fired_at'] as const;

export const GATEWAY_CONFIGURATION_READS = [
  'id',
  'project_id',
  'gateway',
  'name',
  'default_currency',
  'enabled',
] as const;

const REFUND_BODY = ['amount', 'reason', 'information', 'invoice_detail_ids', 'metadata'] as const;

const m = (
  name: string,
  method: HttpMethod,
  path: string,
  supported: boolean,
  extra: Pick<SdkMethod, 'body' | 'query' | 'reads'> = {},
): SdkMethod => ({ name, method, path, supported, ...extra });

export const SDK_METHODS: readonly SdkMethod[] = [
  m('customer.create(options)', 'POST', '/customers', true, {
    body: [
      'balance',
      'currency',
      'email',
      'first_name',
      'last_name',
      'company_name',
      'address1',
      'address2',
      'city',
      'state',
      'zip',
      'country_code',
      'ip_address',
      'phone',
      'legal_document',
      'date_of_birth',
      'is_business',
      'sex',
      'metadata',
      'id',
      'reference_id',
      'registered_at',
      'phone_number',
    ],
    reads: { key: 'customer', fields: CUSTOMER_READS },
  }),
  m('customer.find(customerId)', 'GET', '/customers/:customer_id', true, {
    reads: { key: 'customer', fields: CUSTOMER_READS },
  }),
  m('customer.save()', 'PUT', '/customers/:customer_id', false),
  m('customer.delete()', 'DELETE', '/customers/:customer_id', false),
  m('customer.all()', 'GET', '/customers', false),
  m('customer.fetchTokens()', 'GET', '/customers/:customer_id/tokens', true, {
    reads: { key: 'tokens', list: true, fields: TOKEN_READS },
  }),
  m('customer.findToken(tokenId)', 'GET', '/customers/:customer_id/tokens/:token_id', true, {
    reads: { key: 'token', fields: TOKEN_READS },
  }),
  m('customer.deleteToken(tokenId)', 'DELETE', '/customers/:customer_id/tokens/:token_id', true),
  m('customer.fetchTransactions()', 'GET', '/customers/:customer_id/transactions', true, {
    reads: { key: 'transactions', list: true, fields: TRANSACTION_READS },
  }),

  m('token.create(options)', 'POST', '/customers/:customer_id/tokens', true, {
    body: [
      'metadata',
      'return_url',
      'cancel_url',
      'description',
      'invoice_id',
      'manual_invoice_cancellation',
      'webhook_url',
      'gateway_configuration_id',
      'source',
      'settings',
      'device',
      'verify',
      'verify_metadata',
      'set_default',
      'verify_statement_descriptor',
      'invoice_return_url',
      'summary',
      'provision_network_token',
    ],
    reads: { key: 'token', fields: TOKEN_READS },
  }),
  m('token.find(customerId, tokenId)', 'GET', '/customers/:customer_id/tokens/:token_id', true, {
    reads: { key: 'token', fields: TOKEN_READS },
  }),
  m('token.fetchCustomerTokens(customerId)', 'GET', '/customers/:customer_id/tokens', true, {
    reads: { key: 'tokens', list: true, fields: TOKEN_READS },
  }),
  // Resolves `true`: the SDK reads only `success` (the seed's `token.is_chargeable` comes from a find).
  m('token.save(options)', 'PUT', '/customers/:customer_id/tokens/:token_id', true, {
    body: [
      'source',
      'settings',
      'device',
      'verify',
      'verify_metadata',
      'set_default',
      'verify_statement_descriptor',
      'invoice_return_url',
      'gateway_configuration_id',
      'provision_network_token',
    ],
  }),
  m('token.delete()', 'DELETE', '/customers/:customer_id/tokens/:token_id', true),

  m('invoice.create(options)', 'POST', '/invoices', true, {
    body: [
      'customer_id',
      'name',
      'order_id',
      'amount',
      'currency',
      'metadata',
      'details',
      'submerchant',
      'submerchant_id',
      'reference_id',
      'exemption_reason_3ds2',
      'sca_exemption_reason',
      'challenge_indicator',
      'gateway_data',
      'merchant_initiator_type',
      'initiation_type',
      'payment_intent',
      'statement_descriptor',
      'statement_descriptor_phone',
      'statement_descriptor_city',
      'statement_descriptor_company',
      'statement_descriptor_url',
      'return_url',
      'cancel_url',
      'webhook_url',
      'risk',
      'shipping',
      'device',
      'require_backend_capture',
      'external_fraud_tools',
      'tax',
      'payment_type',
      'billing',
      'unsupported_feature_bypass',
      'verification',
      'auto_capture_at',
      'expires_at',
    ],
    reads: { key: 'invoice', fields: INVOICE_READS },
  }),
  m('invoice.find(invoiceId)', 'GET', '/invoices/:invoice_id', true, {
    reads: { key: 'invoice', fields: INVOICE_READS },
  }),
  m('invoice.authorize(source, options)', 'POST', '/invoices/:invoice_id/authorize', true, {
    body: [
      'device',
      'incremental',
      'synchronous',
      'retry_drop_liability_shift',
      'capture_amount',
      'enable_three_d_s_2',
      'allow_fallback_to_sale',
      'auto_capture_at',
      'metadata',
      'override_mac_blocking',
      'external_three_d_s',
      'save_source',
      'provision_network_token',
      'invoice_line_items',
      'transaction_link_id',
      'source',
    ],
    reads: { key: 'transaction', fields: TRANSACTION_READS },
  }),
  m('invoice.capture(source, options)', 'POST', '/invoices/:invoice_id/capture', true, {
    body: [
      'device',
      'incremental',
      'authorize_only',
      'synchronous',
      'retry_drop_liability_shift',
      'capture_amount',
      'auto_capture_at',
      'enable_three_d_s_2',
      'metadata',
      'capture_statement_descriptor',
      'override_mac_blocking',
      'external_three_d_s',
      'save_source',
      'provision_network_token',
      'transaction_link_id',
      'source',
    ],
    reads: { key: 'transaction', fields: TRANSACTION_READS },
  }),
  m('invoice.void(options)', 'POST', '/invoices/:invoice_id/void', true, {
    body: ['metadata', 'amount'],
    reads: { key: 'transaction', fields: TRANSACTION_READS },
  }),
  m('invoice.fetchTransaction()', 'GET', '/invoices/:invoice_id/transactions', true, {
    reads: { key: 'transaction', fields: TRANSACTION_READS },
  }),
  m('invoice.fetchCustomer()', 'GET', '/invoices/:invoice_id/customers', true, {
    reads: { key: 'customer', fields: CUSTOMER_READS },
  }),
  m('invoice.assignCustomer(customerId)', 'POST', '/invoices/:invoice_id/customers', false),
  m('invoice.incrementAuthorization(amount)', 'POST', '/invoices/:invoice_id/increment_authorization', false),
  // The SDK sends the literal `:invoice_id` here (a bug in 11.0.0), so it could not work anywhere.
  m('invoice.authenticate(source)', 'POST', '/invoices/:invoice_id/authenticate', false),
  m('invoice.initiateThreeDS(source)', 'POST', '/invoices/:invoice_id/three-d-s', false),
  m('invoice.payout(gatewayConfigurationId, source)', 'POST', '/invoices/:invoice_id/payout', false),
  m(
    'invoice.showNativePaymentTransaction(invoiceId, gatewayConfigurationId)',
    'GET',
    '/invoices/:invoice_id/native-payment/:gateway_configuration_id',
    false,
  ),
  m('invoice.processNativePayment(invoiceId)', 'POST', '/invoices/:invoice_id/native-payment', false),
  m('invoice.all()', 'GET', '/invoices', false),
  m('invoice.update(invoiceId)', 'PUT', '/invoices/:invoice_id', false),
  m('invoice.delete(invoiceId)', 'DELETE', '/invoices/:invoice_id', false),
  m('invoice.syncWithPsp(invoiceId)', 'PUT', '/invoices/:invoice_id/sync-with-psp', false),

  m('transaction.find(transactionId)', 'GET', '/transactions/:transaction_id', true, {
    reads: { key: 'transaction', fields: TRANSACTION_READS },
  }),
  m('transaction.all()', 'GET', '/transactions', true, {
    reads: { key: 'transactions', list: true, fields: TRANSACTION_READS },
  }),
  m('transaction.list()', 'POST', '/transactions', false),
  m('transaction.fetchRefunds()', 'GET', '/transactions/:transaction_id/refunds', true, {
    reads: { key: 'refunds', list: true, fields: REFUND_READS },
  }),
  m('transaction.findRefund(refundId)', 'GET', '/transactions/:transaction_id/refunds/:refund_id', true, {
    reads: { key: 'refund', fields: REFUND_READS },
  }),

  // Both resolve `true`: the SDK reads only `success`.
  m('refund.createForInvoice(invoiceId, options)', 'POST', '/invoices/:invoice_id/refunds', true, {
    body: REFUND_BODY,
  }),
  m('refund.create(options)', 'POST', '/transactions/:transaction_id/refunds', true, { body: REFUND_BODY }),
  m('refund.fetchTransactionRefunds(transactionId)', 'GET', '/transactions/:transaction_id/refunds', true, {
    reads: { key: 'refunds', list: true, fields: REFUND_READS },
  }),
  m('refund.find(transactionId, refundId)', 'GET', '/transactions/:transaction_id/refunds/:refund_id', true, {
    reads: { key: 'refund', fields: REFUND_READS },
  }),

  m('event.all()', 'GET', '/events', true, { reads: { key: 'events', list: true, fields: EVENT_READS } }),
  m('event.find(eventId)', 'GET', '/events/:event_id', true, {
    reads: { key: 'event', fields: EVENT_READS },
  }),
  m('event.fetchWebhooks()', 'GET', '/events/:event_id/webhooks', false),

  m('gatewayConfiguration.all(options)', 'GET', '/gateway-configurations', true, {
    query: ['expand_merchant_accounts'],
    reads: { key: 'gateway_configurations', list: true, fields: GATEWAY_CONFIGURATION_READS },
  }),
  m('gatewayConfiguration.find(configurationId)', 'GET', '/gateway-configurations/:configuration_id', true, {
    reads: { key: 'gateway_configuration', fields: GATEWAY_CONFIGURATION_READS },
  }),
  m('gatewayConfiguration.save()', 'PUT', '/gateway-configurations/:configuration_id', false),
  m('gatewayConfiguration.delete()', 'DELETE', '/gateway-configurations/:configuration_id', false),
  m(
    'gatewayConfiguration.create(gatewayName)',
    'POST',
    '/gateways/:gateway_name/gateway-configurations',
    false,
  ),
];

export function sdkMethod(name: string): SdkMethod {
  const found = SDK_METHODS.find((method) => method.name === name);
  if (!found) throw new Error(`no SDK method ${name} in wire.ts`);
  return found;
}
