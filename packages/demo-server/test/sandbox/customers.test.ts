import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { basic, startSandbox, startTwoProjects, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

describe('customers', () => {
  it('creates a customer and reads it back', async () => {
    const created = await t.api('POST', '/customers', {
      first_name: 'John',
      last_name: 'Smith',
      email: 'john@example.com',
      currency: 'usd',
      return_url: 'https://www.super-merchant.com/return',
      metadata: { plan: 'pro' },
    });
    expect(created.status).toBe(200);
    expect(created.body.customer.id).toMatch(/^cust_[A-Za-z0-9_-]{32}$/);
    expect(created.body.customer).toMatchObject({
      first_name: 'John',
      currency: 'USD',
      metadata: { plan: 'pro' },
    });

    const read = await t.api('GET', `/customers/${created.body.customer.id}`);
    expect(read.body).toEqual({ success: true, customer: created.body.customer });
  });

  it('treats null optional fields as not given', async () => {
    const created = await t.api('POST', '/customers', { first_name: null, email: null, metadata: null });
    expect(created.status).toBe(200);
    expect(created.body.customer).toMatchObject({ first_name: null, email: null, metadata: {} });
  });

  it('answers 404 resource.not-found for an unknown customer', async () => {
    const read = await t.api('GET', '/customers/cust_doesnotexist');
    expect(read.status).toBe(404);
    expect(read.body).toMatchObject({ success: false, error_type: 'resource.not-found' });
  });

  it('hides another project’s customer behind the same 404', async () => {
    const { mine, theirs, close } = await startTwoProjects();
    try {
      const customer = (await theirs.api('POST', '/customers', { first_name: 'Eve' })).body.customer;
      expect((await theirs.api('GET', `/customers/${customer.id}`)).status).toBe(200);
      const read = await mine.api('GET', `/customers/${customer.id}`);
      expect(read.status).toBe(404);
      expect(read.body).toEqual({
        success: false,
        error_type: 'resource.not-found',
        message: 'Customer not found',
      });
    } finally {
      await close();
    }
  });

  it('refuses the public credential and bad credentials with 401', async () => {
    for (const auth of [
      'public',
      'none',
      basic(t.project.id, 'key_sandbox_wrong'),
      basic('test-proj_nope', 'x'),
    ]) {
      const res = await t.api('POST', '/customers', { first_name: 'Mallory' }, { auth });
      expect(res.status).toBe(401);
      expect(res.body.error_type).toBe('request.unauthorized');
    }
  });
});
