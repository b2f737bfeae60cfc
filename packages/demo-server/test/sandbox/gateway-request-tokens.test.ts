import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GATEWAY_REQUEST_TTL_MS } from '../../src/sandbox/services/gateway-requests.js';
import {
  approvedGatewayRequest,
  createCustomerAndToken,
  startSandbox,
  startTwoProjects,
  type TestSandbox,
} from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

describe('gateway request tokens', () => {
  it('can be used only once', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t);
    const path = `/customers/${customer.id}/tokens/${token.id}`;
    expect((await t.api('PUT', path, { source: gatewayRequest })).status).toBe(200);
    const replay = await t.api('PUT', path, { source: gatewayRequest });
    expect(replay.status).toBe(409);
    expect(replay.body.error_type).toBe('gateway-request.already-used');
  });

  it('is bound to the customer and token it was issued for', async () => {
    const { gatewayRequest } = await approvedGatewayRequest(t);
    const { customer, token } = await createCustomerAndToken(t);
    const res = await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, {
      source: gatewayRequest,
    });
    expect(res.status).toBe(400);
    expect(res.body.error_type).toBe('gateway-request.mismatch');
    expect((await t.api('GET', `/customers/${customer.id}/tokens/${token.id}`)).body.token.type).toBe(
      'pending',
    );
  });

  it('stays unspent when it is presented to the wrong token', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t);
    const stranger = await createCustomerAndToken(t);
    await t.api('PUT', `/customers/${stranger.customer.id}/tokens/${stranger.token.id}`, {
      source: gatewayRequest,
    });
    const res = await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, {
      source: gatewayRequest,
    });
    expect(res.status).toBe(200);
  });

  it('expires after 15 minutes', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + GATEWAY_REQUEST_TTL_MS + 1000 });
    const res = await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, {
      source: gatewayRequest,
    });
    expect(res.status).toBe(400);
    expect(res.body.error_type).toBe('gateway-request.expired');
  });

  it('is unknown to another project, and stays unspent for its own', async () => {
    const { mine, theirs, close } = await startTwoProjects();
    try {
      const { customer, token, gatewayRequest } = await approvedGatewayRequest(theirs);
      const stranger = await createCustomerAndToken(mine);
      const res = await mine.api('PUT', `/customers/${stranger.customer.id}/tokens/${stranger.token.id}`, {
        source: gatewayRequest,
      });
      expect(res.status).toBe(404);
      expect(res.body.error_type).toBe('resource.not-found');
      const own = await theirs.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, {
        source: gatewayRequest,
      });
      expect(own.status).toBe(200);
    } finally {
      await close();
    }
  });

  it('is not minted for a decline or a cancel', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    const list = await t.api('GET', '/gateway-configurations?filter=alternative-payment-methods', undefined, {
      auth: 'public',
    });
    const conf = list.body.gateway_configurations[0]?.id ?? '';
    const page = `/checkout/${t.project.id}/${customer.id}/${token.id}/redirect/${conf}`;
    for (const outcome of ['decline', 'cancel']) {
      const res = await t.api(
        'POST',
        `${page}/outcome`,
        { outcome, state: `s-${outcome}` },
        { auth: 'none' },
      );
      expect(res.body.delivery.message.data).toBeUndefined();
      expect(res.body.delivery.redirect_url).not.toContain('gway_req_');
    }
  });
});
