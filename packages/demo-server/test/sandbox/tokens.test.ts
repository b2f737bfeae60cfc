import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  approvedGatewayRequest,
  createCustomerAndToken,
  decide,
  eventually,
  startSandbox,
  type TestSandbox,
  tokenPagePath,
} from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

describe('customer tokens', () => {
  it('creates a blank pending token that is not chargeable', async () => {
    const { customer, token } = await createCustomerAndToken(t, {
      return_url: 'https://shop.example/return',
      cancel_url: 'https://shop.example/cancel',
      verify: true,
      webhook_url: 'https://shop.example/hooks',
      metadata: { order: '42' },
    });
    expect(token.id).toMatch(/^tok_/);
    expect(token).toMatchObject({
      customer_id: customer.id,
      type: 'pending',
      is_chargeable: false,
      verification_status: 'not-requested',
      gateway_configuration_id: null,
      return_url: 'https://shop.example/return',
      metadata: { order: '42' },
    });
    const read = await t.api('GET', `/customers/${customer.id}/tokens/${token.id}`);
    expect(read.body.token).toEqual(token);
  });

  it('saves an approved gateway request as a chargeable, verified gateway token', async () => {
    const { customer, token, conf, gatewayRequest } = await approvedGatewayRequest(t);
    const saved = await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, {
      source: gatewayRequest,
      verify: true,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.token).toMatchObject({
      id: token.id,
      type: 'gateway_token',
      gateway_configuration_id: conf,
      verification_status: 'success',
      is_chargeable: true,
    });
  });

  it('keeps an "Approve (async)" token pending, then verifies it after the delay', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t, 'approve-async');
    const path = `/customers/${customer.id}/tokens/${token.id}`;
    const saved = await t.api('PUT', path, { source: gatewayRequest, verify: true });
    expect(saved.body.token).toMatchObject({ verification_status: 'pending', is_chargeable: false });
    const verified = await eventually(async () => {
      const read = (await t.api('GET', path)).body.token;
      return read.verification_status === 'success' ? read : undefined;
    });
    expect(verified.is_chargeable).toBe(true);
  });

  it('treats an APM that always settles later as pending even on "Approve"', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t, 'approve', 'swish');
    const saved = await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, {
      source: gatewayRequest,
    });
    expect(saved.body.token).toMatchObject({ verification_status: 'pending', is_chargeable: false });
  });

  it('lists, disables, enables and deletes tokens', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    const base = `/customers/${customer.id}/tokens`;
    expect((await t.api('GET', base)).body.tokens.map((x) => x.id)).toEqual([token.id]);
    expect((await t.api('PUT', `${base}/${token.id}/disable`)).body.token.is_enabled).toBe(false);
    expect((await t.api('PUT', `${base}/${token.id}/enable`)).body.token.is_enabled).toBe(true);
    expect((await t.api('DELETE', `${base}/${token.id}`)).status).toBe(200);
    expect((await t.api('GET', `${base}/${token.id}`)).status).toBe(404);
    expect((await t.api('GET', base)).body.tokens).toEqual([]);
  });

  it('refuses to save a token twice, even with a second gateway request for it', async () => {
    const { customer, token, conf, gatewayRequest } = await approvedGatewayRequest(t);
    const second = await decide(t, tokenPagePath(t, customer.id, token.id, conf), 'approve');
    const path = `/customers/${customer.id}/tokens/${token.id}`;
    await t.api('PUT', path, { source: gatewayRequest });
    const again = await t.api('PUT', path, { source: second.body.delivery.message.data });
    expect(again.status).toBe(409);
    expect(again.body.error_type).toBe('token.already-saved');
  });

  it('rejects a source that is not a gateway request', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    const res = await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source: 'card_123' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_type: 'request.validation-error', invalid_fields: ['source'] });
  });

  it('answers 404 for a token under another customer', async () => {
    const first = await createCustomerAndToken(t);
    const second = await createCustomerAndToken(t);
    const res = await t.api('GET', `/customers/${second.customer.id}/tokens/${first.token.id}`);
    expect(res.status).toBe(404);
    expect(res.body.error_type).toBe('resource.not-found');
  });
});
