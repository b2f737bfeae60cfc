import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, createCustomerAndToken, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.close());

const origin = 'http://shop.example';
const configsPath = (projectId: string) =>
  `/gateway-configurations?filter=alternative-payment-methods&project_id=${projectId}`;

describe('the public project ID as ?project_id=', () => {
  it('lists the gateway configurations to a CORS-simple GET: no Authorization header, origin reflected', async () => {
    const res = await t.api('GET', configsPath(t.project.id), undefined, {
      auth: 'none',
      headers: { origin },
    });
    expect(res.status).toBe(200);
    expect(res.body.gateway_configurations.map((c) => c.gateway.name)).toContain('paypal');
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('answers an unknown project ID with 401, CORS headers kept so the widget can read why', async () => {
    const res = await t.api('GET', configsPath('test-proj_nobodyHasThisProjectId00000000'), undefined, {
      auth: 'none',
      headers: { origin },
    });
    expect(res.status).toBe(401);
    expect(res.body.error_type).toBe('request.unauthorized');
    expect(res.headers.get('access-control-allow-origin')).toBe(origin);
  });

  it('refuses a query and an Authorization header that name different projects', async () => {
    const other = basic('test-proj_anotherProjectAltogether000000', '');
    const res = await t.api('GET', configsPath(t.project.id), undefined, { auth: other });
    expect(res.status).toBe(401);
  });

  it('accepts the query beside a matching public or secret header', async () => {
    for (const auth of ['public', 'secret'] as const) {
      expect((await t.api('GET', configsPath(t.project.id), undefined, { auth })).status).toBe(200);
    }
  });

  it('authorizes nothing else: every other call still wants its credential in the header', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    const q = `?project_id=${t.project.id}`;
    const calls: Array<[string, string, Record<string, unknown>?]> = [
      ['POST', `/customers${q}`, { first_name: 'Mallory' }],
      ['GET', `/customers/${customer.id}${q}`],
      ['GET', `/customers/${customer.id}/tokens${q}`],
      ['PUT', `/customers/${customer.id}/tokens/${token.id}${q}`, { source: 'gway_req_x' }],
      ['DELETE', `/customers/${customer.id}/tokens/${token.id}${q}`],
      ['POST', `/invoices${q}`, { name: 'x', amount: '1.00', currency: 'EUR' }],
      ['GET', `/events${q}`],
    ];
    for (const [method, path, body] of calls) {
      const res = await t.api(method, path, body, { auth: 'none' });
      expect([method, path, res.status]).toEqual([method, path, 401]);
    }
    expect((await t.api('GET', `/customers/${customer.id}/tokens/${token.id}`)).body.token.id).toBe(token.id);
  });
});
