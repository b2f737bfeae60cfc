import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { choose, showPage, tokenFlow } from './flow-relay-helpers.js';
import { configId, startSandbox, type TestSandbox, tokenPagePath } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

describe('one state, one decision', () => {
  it('refuses a second decision for the same state, so two tabs of one page cannot mint twice', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    const [first, second] = await Promise.all([
      choose(t, page, state, 'approve'),
      choose(t, page, state, 'approve'),
    ]);
    const statuses = [first.status, second.status].sort();
    expect(statuses).toEqual([200, 409]);
    const minted = [first, second].filter((r) => r.body.delivery?.message.data?.startsWith('gway_req_'));
    expect(minted).toHaveLength(1);
  });

  it('refuses a state that another page registered', async () => {
    const { customer, token, page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    const klarna = tokenPagePath(t, customer.id, token.id, await configId(t, 'klarna'));
    const other = await showPage(t, klarna, state);
    expect(other.status).toBe(409);
    expect(await other.text()).toContain('belongs to another payment');
    expect((await choose(t, klarna, state, 'approve')).status).toBe(409);
  });

  it('lets a fresh state try again after a decline', async () => {
    const { page, state } = await tokenFlow(t);
    await showPage(t, page, state);
    await choose(t, page, state, 'decline');
    const retry = await choose(t, page, `${state}_2`, 'approve');
    expect(retry.status).toBe(200);
    expect(retry.body.delivery.message.data).toMatch(/^gway_req_/);
  });
});
