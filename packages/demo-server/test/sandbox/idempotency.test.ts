import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

describe('Idempotency-Key', () => {
  it('replays the first response for the same key and body', async () => {
    const headers = { 'idempotency-key': 'order-1' };
    const first = await t.api('POST', '/customers', { first_name: 'Ada' }, { headers });
    const second = await t.api('POST', '/customers', { first_name: 'Ada' }, { headers });
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
  });

  it('answers 409 for the same key with another body', async () => {
    const headers = { 'idempotency-key': 'order-2' };
    await t.api('POST', '/customers', { first_name: 'Ada' }, { headers });
    const other = await t.api('POST', '/customers', { first_name: 'Eve' }, { headers });
    expect(other.status).toBe(409);
    expect(other.body.error_type).toBe('request.idempotency-conflict');
  });

  it('replays a customer session minted with the same key', async () => {
    const customer = (await t.api('POST', '/customers', { first_name: 'Ada' })).body.customer;
    const headers = { 'idempotency-key': 'session-1' };
    const first = await t.api('POST', `/customers/${customer.id}/sessions`, undefined, { headers });
    const second = await t.api('POST', `/customers/${customer.id}/sessions`, undefined, { headers });
    expect(first.status).toBe(200);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.session.token).toBe(first.body.session.token);
  });

  it('creates distinct resources without a key', async () => {
    const a = await t.api('POST', '/customers', { first_name: 'Ada' });
    const b = await t.api('POST', '/customers', { first_name: 'Ada' });
    expect(a.body.customer.id).not.toBe(b.body.customer.id);
  });
});
