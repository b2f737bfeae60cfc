import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configId, decide, startSandbox, type TestSandbox, tokenPagePath } from './helpers.js';

/** The seeds' example credentials, passed as the project's ID and secret. */
const projectId = 'test-proj_gAO1Uu0ysZJvDuUpOGPkUBeE3pGalk3x';
const projectSecret = 'key_sandbox_mah31RDFqcDxmaS7MvhDbJfDJvjtsFTB';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox({ projectId, projectSecret });
});
afterEach(() => t.close());

const form = { form: true };

describe('the seeds’ curl samples, sent form-encoded', () => {
  it('runs the APM tokenization guide end to end', async () => {
    expect(t.project).toEqual({ id: projectId, secret: projectSecret });
    const customer = await t.api(
      'POST',
      '/customers',
      {
        first_name: 'John',
        last_name: 'Smith',
        currency: 'USD',
        return_url: 'yourapp://processout.return',
      },
      form,
    );
    expect(customer.body.customer).toMatchObject({
      first_name: 'John',
      return_url: 'yourapp://processout.return',
    });
    const custId = customer.body.customer.id;
    const token = await t.api(
      'POST',
      `/customers/${custId}/tokens`,
      {
        return_url: 'https://www.super-merchant.com/return',
        verify: 'true',
      },
      form,
    );
    expect(token.body.token).toMatchObject({ type: 'pending', verification_status: 'not-requested' });
    const tokId = token.body.token.id;
    const delivery = (await decide(t, tokenPagePath(t, custId, tokId, await configId(t)), 'approve')).body
      .delivery;
    const saved = await t.api(
      'PUT',
      `/customers/${custId}/tokens/${tokId}`,
      { source: delivery.message.data ?? '' },
      form,
    );
    expect(saved.body.token).toMatchObject({ is_chargeable: true, verification_status: 'success' });
  });

  it('answers the literal seed gateway request with resource.not-found', async () => {
    const custId = (await t.api('POST', '/customers', { first_name: 'John' }, form)).body.customer.id;
    const tokId = (await t.api('POST', `/customers/${custId}/tokens`, { verify: 'true' }, form)).body.token
      .id;
    const res = await t.api(
      'PUT',
      `/customers/${custId}/tokens/${tokId}`,
      { source: 'gway_req_V2UncmUgaGlyaW5nIQ==' },
      form,
    );
    expect(res.status).toBe(404);
    expect(res.body.error_type).toBe('resource.not-found');
  });

  it('creates the APM invoice sample', async () => {
    const res = await t.api(
      'POST',
      '/invoices',
      {
        name: 'Amazing item',
        amount: '9.99',
        currency: 'USD',
        return_url: 'your.application.id://processout/return',
      },
      form,
    );
    expect(res.body.invoice).toMatchObject({
      amount: '9.99',
      currency: 'USD',
      return_url: 'your.application.id://processout/return',
    });
  });

  it('reads metadata[key]=value form fields', async () => {
    const res = await t.api('POST', '/customers', { 'metadata[plan]': 'pro', 'metadata[seat]': '3' }, form);
    expect(res.body.customer.metadata).toEqual({ plan: 'pro', seat: '3' });
  });
});
