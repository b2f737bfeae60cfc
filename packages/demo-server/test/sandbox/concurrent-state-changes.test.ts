import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  approvedGatewayRequest,
  basic,
  configId,
  decide,
  sleep,
  startSandbox,
  type TestSandbox,
  tokenPagePath,
} from './helpers.js';
import { type RawResponse, slowRequest } from './slow-request.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

/**
 * Sends `slow` with its body held back 300 ms, and `fast` in full while the
 * slow one is waiting for its body. Without re-reading state after the body,
 * the slow request would act on what it loaded before `fast` wrote.
 */
async function race(
  slow: { method: string; path: string; body: Record<string, string> },
  fast: () => Promise<{ status: number; body: { error_type?: string } }>,
): Promise<[RawResponse, Awaited<ReturnType<typeof fast>>]> {
  const authorization = basic(t.project.id, t.project.secret);
  const pending = slowRequest(t.url, { ...slow, authorization }, 300);
  await sleep(100);
  const fastResult = await fast();
  return [await pending, fastResult];
}

async function authorizedInvoice(amount = '10.00') {
  const iv = (await t.api('POST', '/invoices', { name: 'Lamp', amount, currency: 'EUR' })).body.invoice;
  const page = `/checkout/${t.project.id}/${iv.id}/redirect/${await configId(t)}`;
  const source = (await decide(t, page, 'approve')).body.delivery.message.data;
  expect((await t.api('POST', `/invoices/${iv.id}/authorize`, { source })).status).toBe(200);
  return iv.id;
}

async function eventsFor(invoiceId: string, type: string) {
  const events = (await t.api('GET', '/events')).body as unknown as {
    events: Array<{ type: string; data: { invoice?: { id: string } } }>;
  };
  return events.events.filter((e) => e.type === type && e.data.invoice?.id === invoiceId);
}

describe('concurrent state changes', () => {
  it('lets only one of two 6.00 captures on a 10.00 invoice through', async () => {
    const id = await authorizedInvoice();
    const path = `/invoices/${id}/capture`;
    const [slow, fast] = await race({ method: 'POST', path, body: { amount: '6.00' } }, () =>
      t.api('POST', path, { amount: '6.00' }),
    );
    expect(fast.status).toBe(200);
    expect(slow.status).toBe(409);
    expect(slow.body.error_type).toBe('transaction.amount-exceeds-remaining');
    const invoice = (await t.api('GET', `/invoices/${id}`)).body.invoice;
    expect(invoice.transaction).toMatchObject({ captured_amount: '6.00' });
    expect(await eventsFor(id, 'transaction.captured')).toHaveLength(1);
  });

  it('refunds a capture in full only once when two full refunds race', async () => {
    const id = await authorizedInvoice();
    await t.api('POST', `/invoices/${id}/capture`, {});
    const path = `/invoices/${id}/refunds`;
    const [slow, fast] = await race({ method: 'POST', path, body: {} }, () => t.api('POST', path, {}));
    expect(fast.status).toBe(200);
    expect(slow.status).toBe(409);
    expect(slow.body.error_type).toBe('transaction.not-refundable');
    const invoice = (await t.api('GET', `/invoices/${id}`)).body.invoice;
    expect(invoice.transaction).toMatchObject({ refunded_amount: '10.00' });
    expect((invoice.transaction as { refunds: unknown[] }).refunds).toHaveLength(1);
    expect(await eventsFor(id, 'transaction.refunded')).toHaveLength(1);
  });

  it('does not capture an invoice that was voided while the capture’s body was in flight', async () => {
    const id = await authorizedInvoice();
    const [slow, fast] = await race({ method: 'POST', path: `/invoices/${id}/capture`, body: {} }, () =>
      t.api('POST', `/invoices/${id}/void`),
    );
    expect(fast.status).toBe(200);
    expect(slow.status).toBe(409);
    expect(slow.body.error_type).toBe('transaction.not-capturable');
    expect((await t.api('GET', `/invoices/${id}`)).body.invoice.status).toBe('voided');
    expect(await eventsFor(id, 'transaction.captured')).toHaveLength(0);
  });

  it('saves a token only once when two of its gateway requests race', async () => {
    const { customer, token, conf, gatewayRequest } = await approvedGatewayRequest(t);
    const second = (await decide(t, tokenPagePath(t, customer.id, token.id, conf), 'approve')).body.delivery
      .message.data;
    const path = `/customers/${customer.id}/tokens/${token.id}`;
    const [slow, fast] = await race({ method: 'PUT', path, body: { source: gatewayRequest } }, () =>
      t.api('PUT', path, { source: second }),
    );
    expect(fast.status).toBe(200);
    expect(slow.status).toBe(409);
    expect(slow.body.error_type).toBe('token.already-saved');
  });
});
