import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FLOW_LIFETIME_MS } from '../../src/sandbox/domain/flow-json.js';
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

describe('ending a flow without a decision (POST /checkout/flows/:state/cancel)', () => {
  it('turns a pending flow canceled, as the hosted page’s pagehide beacon does', async () => {
    const { page, state } = await tokenFlow(t);
    const html = await (await showPage(t, page, state)).text();
    // The page names its beacon URL, on its own origin.
    const beacon = /data-abandon-url="([^"]+)"/.exec(html)?.[1]?.replaceAll('&amp;', '&') ?? '';
    expect(beacon).toBe(`/checkout/flows/${state}/cancel?project_id=${t.project.id}`);
    const sent = await fetch(`${t.url}${beacon}`, { method: 'POST', headers: { origin: t.url } });
    expect(sent.status).toBe(200);
    expect((await relay(t, state)).body.flow).toMatchObject({
      status: 'canceled',
      error_code: 'customer.canceled',
    });
  });

  it('then refuses a late Approve in that window, minting nothing', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    await relay(t, state, { method: 'POST' });
    const late = await choose(t, page, state, 'approve');
    expect(late.status).toBe(409);
    expect(late.body.error_type).toBe('flow.decided');
    expect(JSON.stringify(late.body)).not.toContain('gway_req_');
    const again = await showPage(t, page, state);
    expect(again.status).toBe(409);
    expect(await again.text()).toContain('This payment was canceled');
  });

  it('answers the decision that came first instead of canceling it', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    const token = (await choose(t, page, state, 'approve')).body.delivery.message.data;
    const answer = await relay(t, state, { method: 'POST' });
    expect(answer.status).toBe(200);
    expect(answer.allowOrigin).toBe(SHOP);
    expect(answer.body.flow).toMatchObject({ status: 'success', token });
  });

  it('lets the widget end a flow at its lifetime, after which the page has expired', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + FLOW_LIFETIME_MS + 1000 });
    const late = await choose(t, page, state, 'approve');
    expect(late.status).toBe(410);
    expect(late.body.error_type).toBe('flow.expired');
    const shown = await showPage(t, page, state);
    expect(shown.status).toBe(410);
    const html = await shown.text();
    expect(html).toContain('This payment page has expired');
    expect(html).toContain(`href="${SHOP}/return"`);
    expect((await relay(t, state)).status).toBe(404);
  });

  it('is refused to another origin and for an unknown state', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    expect((await relay(t, state, { method: 'POST', origin: 'https://evil.example' })).status).toBe(404);
    expect((await relay(t, state)).body.flow?.status).toBe('pending');
    expect((await relay(t, 'st_unknown', { method: 'POST' })).status).toBe(404);
  });
});
