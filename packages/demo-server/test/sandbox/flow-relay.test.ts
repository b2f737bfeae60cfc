import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GATEWAY_REQUEST_TTL_MS } from '../../src/sandbox/services/gateway-requests.js';
import { choose, relay, SHOP, showPage, tokenFlow } from './flow-relay-helpers.js';
import { startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

describe('the flow relay (GET /checkout/flows/:state)', () => {
  it('answers pending once the hosted page is shown, then the approval with its gway_req', async () => {
    const { customer, token, page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    const pending = await relay(t, state);
    expect(pending.status).toBe(200);
    expect(pending.allowOrigin).toBe(SHOP);
    expect(pending.body.flow).toMatchObject({ state, status: 'pending', token: null, error_code: null });

    const decided = await choose(t, page, state, 'approve');
    const approved = await relay(t, state);
    expect(approved.body.flow).toMatchObject({
      status: 'success',
      token: decided.body.delivery.message.data,
      customer_id: customer.id,
      token_id: token.id,
    });
    expect(approved.body.flow?.token).toMatch(/^gway_req_/);
  });

  it('answers a decline and a cancel with the error code the return URL would carry', async () => {
    for (const [outcome, status, code] of [
      ['decline', 'error', 'gateway.declined'],
      ['cancel', 'canceled', 'customer.canceled'],
    ]) {
      const { page, state } = await tokenFlow(t);
      await showPage(t, page, state);
      await choose(t, page, state, outcome as string);
      expect((await relay(t, state)).body.flow).toMatchObject({ status, token: null, error_code: code });
    }
  });

  it('answers an unknown state with a 404 that says nothing', async () => {
    const unknown = await relay(t, 'st_never_shown');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({
      success: false,
      error_type: 'resource.not-found',
      message: 'Flow not found',
    });
    expect(unknown.allowOrigin).toBeNull();
  });

  it('tells another origin nothing, not even that the state exists', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    await choose(t, page, state, 'approve');
    const evil = await relay(t, state, { origin: 'https://evil.example' });
    expect(evil.status).toBe(404);
    expect(evil.allowOrigin).toBeNull();
    expect(JSON.stringify(evil.body)).not.toContain('gway_req_');
    const otherProject = await relay(t, state, { projectId: 'test-proj_someoneElse' });
    expect(otherProject.status).toBe(404);
  });

  it('answers a server without an Origin, as curl, but never names another origin in CORS', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    const plain = await relay(t, state, { origin: null });
    expect(plain.status).toBe(200);
    expect(plain.allowOrigin).toBeNull();
  });

  it('stops answering once the gway_req is spent', async () => {
    const { customer, token, page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    const source = (await choose(t, page, state, 'approve')).body.delivery.message.data;
    expect((await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source })).status).toBe(200);
    expect((await relay(t, state)).status).toBe(404);
  });

  it('stops answering once the gway_req has expired', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    await choose(t, page, state, 'approve');
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + GATEWAY_REQUEST_TTL_MS + 1000 });
    expect((await relay(t, state)).status).toBe(404);
  });

  it('needs the public project ID', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    const response = await fetch(`${t.url}/checkout/flows/${state}`, { headers: { origin: SHOP } });
    expect(response.status).toBe(401);
    const basic = `Basic ${Buffer.from(`${t.project.id}:`).toString('base64')}`;
    const withHeader = await fetch(`${t.url}/checkout/flows/${state}`, {
      headers: { origin: SHOP, authorization: basic },
    });
    expect(withHeader.status).toBe(200);
  });

  it('lets the return origin preflight a call with Authorization, and no one else', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    const preflight = (origin: string) =>
      fetch(`${t.url}/checkout/flows/${state}`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      });
    const ours = await preflight(SHOP);
    expect(ours.status).toBe(204);
    expect(ours.headers.get('access-control-allow-origin')).toBe(SHOP);
    const theirs = await preflight('https://evil.example');
    expect(theirs.status).toBe(404);
    expect(theirs.headers.get('access-control-allow-origin')).toBeNull();
  });
});
