import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUCCESS_URL } from './checkout-session-helpers.js';
import {
  approvedGatewayRequest,
  basic,
  configId,
  createCustomerAndToken,
  startSandbox,
  type TestSandbox,
  tokenPagePath,
} from './helpers.js';

/**
 * An empty value (`key=` in a form, `""` in JSON) is never "not given" in one
 * place and "given" in another: every field refuses it with a validation
 * error naming the field. This table lists every field of every body and query
 * the sandbox reads; a new field belongs here.
 */
let t: TestSandbox;
let ids: { customer: string; token: string; invoice: string; conf: string; page: string };

beforeAll(async () => {
  t = await startSandbox();
  const { customer, token } = await createCustomerAndToken(t);
  const conf = await configId(t);
  const invoice = (await t.api('POST', '/invoices', { name: 'Mug', amount: '9.00', currency: 'EUR' })).body
    .invoice;
  ids = {
    customer: customer.id,
    token: token.id,
    invoice: invoice.id,
    conf,
    page: tokenPagePath(t, customer.id, token.id, conf),
  };
});
afterAll(() => t.close());

interface Case {
  route: string;
  method: string;
  path: () => string;
  valid: () => Record<string, unknown>;
  fields: string[];
}

const cases: Case[] = [
  {
    route: 'POST /customers',
    method: 'POST',
    path: () => '/customers',
    valid: () => ({ first_name: 'Ada' }),
    fields: ['first_name', 'last_name', 'email', 'currency', 'return_url', 'metadata'],
  },
  {
    route: 'POST /customers/:id/tokens',
    method: 'POST',
    path: () => `/customers/${ids.customer}/tokens`,
    valid: () => ({ verify: 'true' }),
    fields: ['return_url', 'cancel_url', 'verify', 'webhook_url', 'metadata'],
  },
  {
    route: 'PUT /customers/:id/tokens/:tok',
    method: 'PUT',
    path: () => `/customers/${ids.customer}/tokens/${ids.token}`,
    valid: () => ({ source: 'gway_req_unknown' }),
    fields: ['source', 'verify'],
  },
  {
    route: 'POST /invoices',
    method: 'POST',
    path: () => '/invoices',
    valid: () => ({ name: 'Mug', amount: '9.00', currency: 'EUR' }),
    fields: ['name', 'amount', 'currency', 'return_url', 'customer_id', 'webhook_url', 'metadata'],
  },
  {
    route: 'POST /invoices/:id/authorize',
    method: 'POST',
    path: () => `/invoices/${ids.invoice}/authorize`,
    valid: () => ({ source: 'gway_req_unknown' }),
    fields: ['source', 'auto_capture_at'],
  },
  {
    route: 'POST /invoices/:id/capture',
    method: 'POST',
    path: () => `/invoices/${ids.invoice}/capture`,
    valid: () => ({}),
    fields: ['source', 'amount', 'auto_capture_at'],
  },
  {
    route: 'POST /invoices/:id/refunds',
    method: 'POST',
    path: () => `/invoices/${ids.invoice}/refunds`,
    valid: () => ({}),
    fields: ['amount', 'reason'],
  },
  {
    route: 'POST /checkout-sessions (token)',
    method: 'POST',
    path: () => '/checkout-sessions',
    valid: () => ({
      mode: 'token',
      customer: { first_name: 'Ada' },
      success_url: SUCCESS_URL,
      cancel_url: SUCCESS_URL,
    }),
    fields: [
      'mode',
      'customer_id',
      'success_url',
      'cancel_url',
      'locale',
      'metadata',
      'customer',
      'customer.first_name',
      'customer.last_name',
      'customer.email',
      'customer.currency',
      'customer.return_url',
    ],
  },
  {
    route: 'POST /checkout-sessions (payment)',
    method: 'POST',
    path: () => '/checkout-sessions',
    valid: () => ({
      mode: 'payment',
      invoice_id: ids.invoice,
      success_url: SUCCESS_URL,
      cancel_url: SUCCESS_URL,
    }),
    fields: ['invoice_id'],
  },
  {
    route: 'POST /checkout/…/outcome',
    method: 'POST',
    path: () => `${ids.page}/outcome`,
    valid: () => ({ outcome: 'cancel', state: 'abc' }),
    fields: ['outcome'],
  },
];

/** `customer.first_name` → `{customer: {…valid customer, first_name: ''}}`. */
function withEmpty(valid: Record<string, unknown>, field: string): Record<string, unknown> {
  const [parent = '', child] = field.split('.');
  if (!child) return { ...valid, [parent]: '' };
  const group = (valid[parent] ?? {}) as Record<string, unknown>;
  return { ...valid, [parent]: { ...group, [child]: '' } };
}

/** Form encoding with one level of `parent[child]` nesting, as the sandbox reads it. */
function formOf(body: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    if (typeof value === 'object' && value !== null) {
      for (const [child, v] of Object.entries(value)) form.append(`${key}[${child}]`, String(v));
    } else form.append(key, String(value));
  }
  return form.toString();
}

async function send(c: Case, body: Record<string, unknown>, form: boolean) {
  const response = await fetch(`${t.url}${c.path()}`, {
    method: c.method,
    headers: {
      authorization: basic(t.project.id, t.project.secret),
      'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json',
      accept: 'application/json',
    },
    body: form ? formOf(body) : JSON.stringify(body),
  });
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('json');
  return { status: response.status, text, body: (json ? JSON.parse(text) : {}) as Record<string, unknown> };
}

describe('an empty value is refused as a validation error naming the field', () => {
  for (const c of cases) {
    for (const field of c.fields) {
      for (const form of [false, true]) {
        it(`${c.route} with ${field} empty (${form ? 'form' : 'JSON'})`, async () => {
          const res = await send(c, withEmpty(c.valid(), field), form);
          expect(res.status, res.text).toBe(400);
          // The hosted page answers a plain form post in HTML, naming the field in its message.
          if (res.body.success === undefined) expect(res.text).toContain(field);
          else {
            expect(res.body.error_type).toBe('request.validation-error');
            expect(res.body.invalid_fields).toContain(field);
          }
        });
      }
    }
  }

  it('POST /invoices with customer_id= is a 400, never a 500, and creates nothing', async () => {
    const before = (await t.api('GET', '/events')).body;
    const res = await t.api(
      'POST',
      '/invoices',
      { name: 'Mug', amount: '9.00', currency: 'EUR', customer_id: '' },
      { form: true },
    );
    expect(res.status).toBe(400);
    expect(res.body.invalid_fields).toEqual(['customer_id']);
    expect((await t.api('GET', '/events')).body).toEqual(before);
  });

  it('GET /gateway-configurations refuses an empty filter or ID in its query', async () => {
    for (const field of ['filter', 'customer_id', 'token_id', 'invoice_id']) {
      const query = new URLSearchParams({ filter: 'alternative-payment-methods', [field]: '' });
      const res = await t.api('GET', `/gateway-configurations?${query}`, undefined, { auth: 'public' });
      expect(res.status, field).toBe(400);
      expect(res.body.invalid_fields, field).toContain(field);
    }
  });

  it('the checkout-session page refuses an empty payment method', async () => {
    const session = (
      await t.api('POST', '/checkout-sessions', {
        mode: 'token',
        customer_id: ids.customer,
        success_url: SUCCESS_URL,
        cancel_url: SUCCESS_URL,
      })
    ).body.checkout_session;
    const res = await fetch(String(session.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'action=confirm&gateway_configuration_id=',
      redirect: 'manual',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('gateway_configuration_id');
  });
});

describe('where an empty value means something, it is still accepted', () => {
  it('a hosted page opened without a state posts an empty state', async () => {
    const res = await t.api(
      'POST',
      `${ids.page}/outcome`,
      { outcome: 'cancel', state: '' },
      { auth: 'none' },
    );
    expect(res.status).toBe(200);
    expect(res.body.delivery.message.state).toBe('');
  });

  it('a metadata value may be empty: it is the merchant’s data, not a field', async () => {
    const res = await t.api('POST', '/customers', { metadata: { note: '' } });
    expect(res.status).toBe(200);
    expect(res.body.customer.metadata).toEqual({ note: '' });
  });

  it('a gateway request still saves after an empty-value refusal', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t);
    const path = `/customers/${customer.id}/tokens/${token.id}`;
    expect((await t.api('PUT', path, { source: gatewayRequest, verify: '' })).status).toBe(400);
    expect((await t.api('PUT', path, { source: gatewayRequest })).status).toBe(200);
  });
});
