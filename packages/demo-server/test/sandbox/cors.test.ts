import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomerAndToken, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

const origin = 'http://localhost:5173';
const preflight = (path: string, method: string) =>
  fetch(`${t.url}${path}`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': method,
      'access-control-request-headers': 'authorization',
    },
  });

describe('CORS', () => {
  it('answers preflight and reflects the origin on the public gateway-configurations call', async () => {
    const pre = await preflight('/gateway-configurations', 'GET');
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const res = await t.api('GET', '/gateway-configurations?filter=alternative-payment-methods', undefined, {
      auth: 'public',
      headers: { origin },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('keeps CORS headers on public errors so the widget can read them', async () => {
    const res = await t.api('GET', '/gateway-configurations?filter=nope', undefined, {
      auth: 'public',
      headers: { origin },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('never sends CORS headers on secret-only endpoints', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    for (const [path, method] of [
      ['/customers', 'POST'],
      [`/customers/${customer.id}`, 'GET'],
      [`/customers/${customer.id}/tokens`, 'POST'],
      [`/customers/${customer.id}/tokens/${token.id}`, 'PUT'],
      ['/invoices', 'POST'],
    ] as const) {
      const pre = await preflight(path, method);
      const allowed = pre.headers.get('access-control-allow-methods') ?? '';
      expect(allowed.includes(method) && pre.headers.get('access-control-allow-origin')).toBeFalsy();
      const res = await t.api(method, path, method === 'GET' ? undefined : {}, { headers: { origin } });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('allows session calls from the browser', async () => {
    const pre = await preflight('/customers/cust_x/tokens/tok_y', 'DELETE');
    expect(pre.headers.get('access-control-allow-methods')).toContain('DELETE');
  });
});
