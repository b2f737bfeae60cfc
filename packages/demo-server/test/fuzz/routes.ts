/**
 * What the fuzzer sends to each route: who may call it, what its path
 * parameters name, and the fields of its query and body. Keyed by
 * `METHOD path` exactly as the Hono apps list their routes, so a route added
 * without an entry here fails the suite (`routes-are-covered`).
 */

/** Which fixture a path parameter or an ID field names. */
export type IdKind =
  | 'project'
  | 'customer'
  | 'token'
  | 'invoice'
  | 'config'
  | 'event'
  | 'transaction'
  | 'refund'
  | 'checkoutSession'
  | 'gatewayRequest'
  | 'state'
  | 'order'
  | 'logo'
  | 'tokenConfig'
  | 'payConfig'
  | 'asset';

export type FieldKind =
  | 'text'
  | 'longText'
  | 'email'
  | 'currency'
  | 'amount'
  | 'url'
  | 'webhookUrl'
  | 'flag'
  | 'metadata'
  | 'datetime'
  | 'source'
  | 'outcome'
  | 'account'
  | 'mode'
  | 'locale'
  | 'customer'
  | 'sessionAction'
  | 'filter'
  | 'shopper'
  | 'attempt'
  | 'capture'
  | 'gatewayRequest'
  | 'nullOnly'
  | 'off'
  | 'bool'
  /** Generated only as broken: a valid value depends on another field (left out when valid). */
  | 'omit'
  /** A new flow's state nonce (a known one is already decided, so its page answers 409). */
  | 'freshState'
  | { id: IdKind };

/**
 * secret: Basic project:secret. secretOrSession: also a customer session.
 * public: Basic project: (or the secret). publicRead: also ?project_id=.
 * none: hosted pages and assets. cookie: the merchant's shopper session.
 * webhook: a signed delivery to the merchant.
 */
export type AuthKind = 'secret' | 'secretOrSession' | 'public' | 'publicRead' | 'none' | 'cookie' | 'webhook';

export interface RouteSpec {
  auth: AuthKind;
  params?: Record<string, IdKind>;
  query?: Record<string, FieldKind>;
  body?: Record<string, FieldKind>;
  /** Answers HTML (a hosted page): its errors are pages too, and it is checked for unescaped input. */
  html?: boolean;
  /** Body fields a valid request always sends (see `required` below). */
  required?: string[];
}

const customerFields: Record<string, FieldKind> = {
  first_name: 'text',
  last_name: 'text',
  email: 'email',
  currency: 'currency',
  return_url: 'url',
  metadata: 'metadata',
};
const cardHints: Record<string, FieldKind> = {
  device: 'text',
  synchronous: 'flag',
  incremental: 'off',
  save_source: 'off',
  provision_network_token: 'off',
  captured_amount: 'nullOnly',
};
const outcome: RouteSpec = {
  auth: 'none',
  html: true,
  body: { outcome: 'outcome', state: 'freshState', account: 'account' },
  query: { token_id: { id: 'token' } },
};
const checkoutSession: Record<string, FieldKind> = {
  mode: 'mode',
  invoice_id: { id: 'invoice' },
  customer_id: { id: 'customer' },
  customer: 'omit',
  success_url: 'url',
  cancel_url: 'url',
  locale: 'locale',
  metadata: 'metadata',
  reference: 'text',
};
const relay = {
  auth: 'publicRead',
  params: { state: 'state' },
  query: { project_id: { id: 'project' } },
} as const;
const tokenOne = { customerId: 'customer', tokenId: 'token' } as const;

export const sandboxRoutes: Record<string, RouteSpec> = {
  'GET /assets/hosted.js': { auth: 'none' },
  'GET /assets/hosted.css': { auth: 'none' },
  'GET /assets/session.js': { auth: 'none' },
  'GET /assets/:file{(paydrop\\.js|saved\\.mjs|resume\\.mjs|i18n/[a-z]{2}\\.mjs)}': {
    auth: 'none',
    params: { file: 'asset' },
  },
  'GET /logos/:file{[a-z0-9-]+\\.svg}': { auth: 'none', params: { file: 'logo' } },
  'POST /customers': { auth: 'secret', body: customerFields },
  'GET /customers/:customerId': { auth: 'secret', params: { customerId: 'customer' } },
  'OPTIONS /customers/:customerId/tokens': { auth: 'none', params: { customerId: 'customer' } },
  'GET /customers/:customerId/tokens': { auth: 'secretOrSession', params: { customerId: 'customer' } },
  'OPTIONS /customers/:customerId/tokens/:tokenId': { auth: 'none', params: tokenOne },
  'GET /customers/:customerId/tokens/:tokenId': { auth: 'secretOrSession', params: tokenOne },
  'DELETE /customers/:customerId/tokens/:tokenId': { auth: 'secretOrSession', params: tokenOne },
  'OPTIONS /customers/:customerId/tokens/:tokenId/enable': { auth: 'none', params: tokenOne },
  'PUT /customers/:customerId/tokens/:tokenId/enable': { auth: 'secretOrSession', params: tokenOne },
  'OPTIONS /customers/:customerId/tokens/:tokenId/disable': { auth: 'none', params: tokenOne },
  'PUT /customers/:customerId/tokens/:tokenId/disable': { auth: 'secretOrSession', params: tokenOne },
  'POST /customers/:customerId/tokens': {
    auth: 'secret',
    params: { customerId: 'customer' },
    body: {
      return_url: 'url',
      cancel_url: 'url',
      verify: 'flag',
      webhook_url: 'webhookUrl',
      metadata: 'metadata',
      source: 'nullOnly',
    },
  },
  'PUT /customers/:customerId/tokens/:tokenId': {
    auth: 'secret',
    params: tokenOne,
    body: { source: 'gatewayRequest', verify: 'flag' },
  },
  'OPTIONS /gateway-configurations': { auth: 'none' },
  'GET /gateway-configurations': {
    auth: 'publicRead',
    query: {
      filter: 'filter',
      customer_id: { id: 'customer' },
      token_id: { id: 'token' },
      invoice_id: { id: 'invoice' },
      project_id: { id: 'project' },
    },
  },
  'OPTIONS /gateway-configurations/:configId': { auth: 'none', params: { configId: 'config' } },
  'GET /gateway-configurations/:configId': { auth: 'public', params: { configId: 'config' } },
  'GET /checkout/flows/:state': relay,
  'POST /checkout/flows/:state/cancel': relay,
  'OPTIONS /checkout/flows/:state': relay,
  'OPTIONS /checkout/flows/:state/cancel': relay,
  'GET /checkout/:projectId/:customerId/:tokenId/redirect/:configId': {
    auth: 'none',
    html: true,
    params: { projectId: 'project', customerId: 'customer', tokenId: 'token', configId: 'tokenConfig' },
    query: { state: 'freshState' },
  },
  'POST /checkout/:projectId/:customerId/:tokenId/redirect/:configId/outcome': {
    ...outcome,
    params: { projectId: 'project', customerId: 'customer', tokenId: 'token', configId: 'tokenConfig' },
  },
  'GET /checkout/:projectId/:invoiceId/redirect/:configId': {
    auth: 'none',
    html: true,
    params: { projectId: 'project', invoiceId: 'invoice', configId: 'payConfig' },
    query: { state: 'freshState', token_id: { id: 'token' } },
  },
  'POST /checkout/:projectId/:invoiceId/redirect/:configId/outcome': {
    ...outcome,
    params: { projectId: 'project', invoiceId: 'invoice', configId: 'payConfig' },
  },
  'GET /hosted-page-settings': { auth: 'none' },
  'PUT /hosted-page-settings': { auth: 'none', body: { coop: 'bool', close_without_message: 'bool' } },
  'POST /invoices': {
    auth: 'secret',
    body: {
      name: 'text',
      amount: 'amount',
      currency: 'currency',
      return_url: 'url',
      customer_id: { id: 'customer' },
      webhook_url: 'webhookUrl',
      metadata: 'metadata',
      auto_capture_at: 'datetime',
    },
  },
  'GET /invoices/:invoiceId': { auth: 'secret', params: { invoiceId: 'invoice' } },
  'GET /invoices/:invoiceId/transactions': { auth: 'secret', params: { invoiceId: 'invoice' } },
  'GET /invoices/:invoiceId/customers': { auth: 'secret', params: { invoiceId: 'invoice' } },
  'POST /invoices/:invoiceId/authorize': {
    auth: 'secret',
    params: { invoiceId: 'invoice' },
    body: {
      source: 'source',
      auto_capture_at: 'datetime',
      capture_amount: 'omit',
      metadata: 'metadata',
      ...cardHints,
    },
  },
  'POST /invoices/:invoiceId/capture': {
    auth: 'secret',
    params: { invoiceId: 'invoice' },
    body: {
      source: 'source',
      capture_amount: 'amount',
      amount: 'omit',
      authorize_only: 'omit',
      auto_capture_at: 'omit',
      metadata: 'metadata',
      ...cardHints,
    },
  },
  'POST /invoices/:invoiceId/void': {
    auth: 'secret',
    params: { invoiceId: 'invoice' },
    // Only the whole authorization is voided: a valid amount is exactly it, so left out.
    body: { amount: 'omit', metadata: 'metadata' },
  },
  'POST /invoices/:invoiceId/refunds': {
    auth: 'secret',
    params: { invoiceId: 'invoice' },
    body: { amount: 'amount', reason: 'text', information: 'longText', metadata: 'metadata' },
  },
  'POST /transactions/:transactionId/refunds': {
    auth: 'secret',
    params: { transactionId: 'transaction' },
    body: { amount: 'amount', reason: 'text', information: 'longText', metadata: 'metadata' },
  },
  'GET /transactions/:transactionId/refunds': { auth: 'secret', params: { transactionId: 'transaction' } },
  'GET /transactions/:transactionId/refunds/:refundId': {
    auth: 'secret',
    params: { transactionId: 'transaction', refundId: 'refund' },
  },
  'GET /transactions': { auth: 'secret' },
  'GET /transactions/:transactionId': { auth: 'secret', params: { transactionId: 'transaction' } },
  'GET /customers/:customerId/transactions': { auth: 'secret', params: { customerId: 'customer' } },
  'GET /events': { auth: 'secret' },
  'GET /events/:eventId': { auth: 'secret', params: { eventId: 'event' } },
  'POST /events/:eventId/redeliver': { auth: 'secret', params: { eventId: 'event' } },
  'POST /customers/:customerId/sessions': { auth: 'secret', params: { customerId: 'customer' } },
  'POST /sandbox/invoices/:invoiceId/chargeback': {
    auth: 'secret',
    params: { invoiceId: 'invoice' },
    body: { amount: 'amount', reason: 'text' },
  },
  'POST /sandbox/invoices/:invoiceId/expire-authorization': {
    auth: 'secret',
    params: { invoiceId: 'invoice' },
  },
  'POST /sandbox/gateway-requests/:id/expire': { auth: 'secret', params: { id: 'gatewayRequest' } },
  'POST /checkout-sessions': { auth: 'secret', body: checkoutSession },
  'GET /checkout-sessions/:sessionId': { auth: 'secret', params: { sessionId: 'checkoutSession' } },
  'GET /checkout-sessions/:sessionId/pay': {
    auth: 'none',
    html: true,
    params: { sessionId: 'checkoutSession' },
  },
  'POST /checkout-sessions/:sessionId/pay': {
    auth: 'none',
    html: true,
    params: { sessionId: 'checkoutSession' },
    body: { action: 'sessionAction', gateway_configuration_id: { id: 'config' } },
  },
};

/** Middleware the apps list as `ALL` routes: what they guard is fuzzed through the routes above. */
export const sandboxMiddleware = ['ALL /*', 'ALL /hosted-page-settings'];
export const merchantMiddleware = ['ALL /api/*'];

const orderAction = { auth: 'cookie', params: { orderId: 'order' } } as const;

export const merchantRoutes: Record<string, RouteSpec> = {
  'POST /api/webhooks': {
    auth: 'webhook',
    body: { event_id: 'text', event_type: 'text', data: 'metadata' },
  },
  'GET /api/config': { auth: 'cookie' },
  'GET /api/me': { auth: 'cookie' },
  'POST /api/sign-in': { auth: 'cookie', body: { shopper: 'shopper' } },
  'POST /api/sign-out': { auth: 'cookie' },
  'POST /api/customer-session': { auth: 'cookie' },
  'POST /api/checkout': { auth: 'cookie' },
  'POST /api/tokens/save': {
    auth: 'cookie',
    body: { customerId: { id: 'customer' }, tokenId: { id: 'token' }, token: 'gatewayRequest' },
  },
  'GET /api/tokens/current': { auth: 'cookie' },
  'GET /api/saved-methods': { auth: 'cookie' },
  'POST /api/saved-methods/:tokenId/enable': { auth: 'cookie', params: { tokenId: 'token' } },
  'POST /api/saved-methods/:tokenId/disable': { auth: 'cookie', params: { tokenId: 'token' } },
  'DELETE /api/saved-methods/:tokenId': { auth: 'cookie', params: { tokenId: 'token' } },
  'POST /api/invoices': { auth: 'cookie' },
  'POST /api/invoices/pay': {
    auth: 'cookie',
    body: {
      invoiceId: { id: 'invoice' },
      token: 'gatewayRequest',
      capture: 'capture',
      autoCaptureAt: 'datetime',
    },
  },
  'GET /api/invoices/current': { auth: 'cookie' },
  'GET /api/orders': { auth: 'cookie' },
  'POST /api/orders/:orderId/capture': { ...orderAction, body: { amount: 'amount', attempt: 'attempt' } },
  'POST /api/orders/:orderId/void': { ...orderAction, body: { attempt: 'attempt' } },
  'POST /api/orders/:orderId/refunds': {
    ...orderAction,
    body: { amount: 'amount', attempt: 'attempt', reason: 'text' },
  },
  'POST /api/orders/charge-saved-method': {
    auth: 'cookie',
    body: {
      tokenId: { id: 'token' },
      amount: 'amount',
      attempt: 'attempt',
      name: 'text',
      capture: 'capture',
      autoCaptureAt: 'datetime',
    },
  },
  'GET /api/live': { auth: 'cookie' },
};

/** What a valid request to a route always sends (else a field left out is itself the fault). */
const required: Record<string, string[]> = {
  'POST /checkout/:projectId/:customerId/:tokenId/redirect/:configId/outcome': ['outcome'],
  'POST /checkout/:projectId/:invoiceId/redirect/:configId/outcome': ['outcome'],
  'PUT /customers/:customerId/tokens/:tokenId': ['source'],
  'POST /invoices': ['name', 'amount', 'currency'],
  'POST /invoices/:invoiceId/authorize': ['source'],
  'POST /checkout-sessions': ['mode', 'invoice_id', 'success_url', 'cancel_url'],
  'POST /checkout-sessions/:sessionId/pay': ['action'],
  'POST /api/webhooks': ['event_id', 'event_type'],
  'POST /api/sign-in': ['shopper'],
  'POST /api/tokens/save': ['customerId', 'tokenId', 'token'],
  'POST /api/invoices/pay': ['invoiceId', 'token'],
  'POST /api/orders/charge-saved-method': ['tokenId', 'amount', 'attempt'],
};
for (const [route, fields] of Object.entries(required)) {
  const spec = sandboxRoutes[route] ?? merchantRoutes[route];
  if (!spec) throw new Error(`required fields for an unknown route ${route}`);
  spec.required = fields;
}

/** `METHOD path` of every route an app serves, middleware apart, each once. */
export function routesOf(app: { routes: Array<{ method: string; path: string }> }): string[] {
  return [...new Set(app.routes.map((r) => `${r.method} ${r.path}`))];
}

/**
 * Whether `METHOD /path?query` names one of `routes` (Hono patterns: `:id`, `:file{regex}`): a call the
 * merchant makes that matches none was built from an ID that left its path segment (`..`, `/`).
 */
export function routeMatcher(routes: string[]): (call: string) => boolean {
  const patterns = routes.map((route) => {
    const [method = '', path = ''] = route.split(' ');
    const source = path
      .split('/')
      .map((part) => {
        const custom = /^:[A-Za-z]+\{(.*)\}$/.exec(part);
        if (custom) return `(?:${custom[1]})`;
        if (part.startsWith(':')) return '[^/]+';
        return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    return { method, regex: new RegExp(`^${source}$`) };
  });
  return (call) => {
    const [method = '', target = ''] = call.split(' ');
    const path = target.split('?')[0] ?? '';
    return patterns.some((p) => p.method === method && p.regex.test(path));
  };
}
