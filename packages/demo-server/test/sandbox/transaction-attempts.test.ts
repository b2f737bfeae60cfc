import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configId, decide, eventually, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

type Op = { type: string; amount: string; has_failed: boolean; error_code: string | null };
type Tx = { id: string; status: string; error_code: string | null; operations: Op[] };

async function invoice() {
  return (await t.api('POST', '/invoices', { name: 'Lamp', amount: '10.00', currency: 'EUR' })).body.invoice;
}
const page = async (ivId: string, gateway: string) =>
  `/checkout/${t.project.id}/${ivId}/redirect/${await configId(t, gateway)}`;
const transaction = async (ivId: string) =>
  (await t.api('GET', `/invoices/${ivId}/transactions`)).body as unknown as { transaction: Tx };

describe('an invoice’s transaction across attempts', () => {
  it('keeps one transaction when a declined attempt is retried, with the decline as a failed operation', async () => {
    const iv = await invoice();
    expect((await t.api('GET', `/invoices/${iv.id}/transactions`)).status).toBe(404);
    await decide(t, await page(iv.id, 'paypal'), 'decline');
    const failed = (await transaction(iv.id)).transaction;
    expect(failed).toMatchObject({ status: 'failed', error_code: 'payment.declined' });

    const source = (await decide(t, await page(iv.id, 'klarna'), 'approve')).body.delivery.message.data;
    const paid = await t.api('POST', `/invoices/${iv.id}/authorize`, { source });
    expect(paid.body.invoice).toMatchObject({ status: 'authorized', transaction_id: failed.id });
    const after = (await transaction(iv.id)).transaction;
    expect(after).toMatchObject({ id: failed.id, error_code: null });
    expect(after.operations.map((op) => [op.type, op.has_failed, op.error_code])).toEqual([
      ['authorization', true, 'payment.declined'],
      ['authorization', false, null],
    ]);
    const byId = await t.api('GET', `/transactions/${failed.id}`);
    expect((byId.body as unknown as { transaction: Tx }).transaction.status).toBe('authorized');
  });

  it('records an asynchronous APM that fails to settle as a failed attempt, payment.failed', async () => {
    const iv = await invoice();
    const source = (await decide(t, await page(iv.id, 'bancontact'), 'approve-async')).body.delivery.message
      .data;
    await t.api('POST', `/invoices/${iv.id}/authorize`, { source });
    const failed = await eventually(async () => {
      const read = (await transaction(iv.id)).transaction;
      return read.status === 'failed' ? read : undefined;
    });
    expect(failed.operations).toMatchObject([
      { type: 'authorization', has_failed: true, error_code: 'payment.failed' },
    ]);
  });
});

describe('auto_capture_at given when the invoice is created', () => {
  const inAnHour = () => new Date(Date.now() + 3600e3).toISOString();
  /** The sandbox reads the same clock: moving Date past the capture time makes its next tick capture. */
  const passTwoHours = () => vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 7200e3 });

  it('shows on the invoice, is taken by the authorization, and captures when due', async () => {
    const at = inAnHour();
    const iv = (
      await t.api('POST', '/invoices', {
        name: 'Lamp',
        amount: '10.00',
        currency: 'EUR',
        auto_capture_at: at,
      })
    ).body.invoice;
    expect(iv.auto_capture_at).toBe(at);
    const source = (await decide(t, await page(iv.id, 'paypal'), 'approve')).body.delivery.message.data;
    const authorized = await t.api('POST', `/invoices/${iv.id}/authorize`, { source });
    expect(authorized.body.invoice).toMatchObject({ status: 'authorized', auto_capture_at: at });
    passTwoHours();
    const done = await eventually(async () => {
      const read = (await transaction(iv.id)).transaction;
      return read.status === 'completed' ? read : undefined;
    });
    expect(done.operations.map((op) => `${op.type} ${op.amount}`)).toEqual([
      'authorization 10.00',
      'capture 10.00',
    ]);
  });

  it('refuses an authorize that asks for another time, since the invoice’s own wins', async () => {
    const iv = (
      await t.api('POST', '/invoices', {
        name: 'Lamp',
        amount: '10.00',
        currency: 'EUR',
        auto_capture_at: new Date(Date.now() + 3600e3).toISOString(),
      })
    ).body.invoice;
    const source = (await decide(t, await page(iv.id, 'paypal'), 'approve')).body.delivery.message.data;
    const other = new Date(Date.now() + 7200e3).toISOString();
    const refused = await t.api('POST', `/invoices/${iv.id}/authorize`, { source, auto_capture_at: other });
    expect(refused.status).toBe(400);
    expect(refused.body.invalid_fields).toEqual(['auto_capture_at']);
    expect((await t.api('POST', `/invoices/${iv.id}/authorize`, { source })).body.invoice.status).toBe(
      'authorized',
    );
  });
});
