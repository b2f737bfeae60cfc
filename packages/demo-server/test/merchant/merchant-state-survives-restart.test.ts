import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-merchant-'));
let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant({ dbPath: join(dir, 'merchant.db') });
});
afterAll(async () => {
  await harness.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the merchant server after a restart', () => {
  it('keeps the signed-in session, its orders and the shopper’s customer', async () => {
    const call = harness.browser();
    await call('POST', '/api/sign-in', { shopper: 'ada' });
    const { customerId } = (await call('POST', '/api/checkout')).json;
    const { invoice } = (await call('POST', '/api/invoices')).json;
    const token = await harness.approveInvoice(invoice.id);
    await call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token });

    harness.restart();

    expect((await call('GET', '/api/me')).json.shopper).toMatchObject({ id: 'ada' });
    expect((await call('POST', '/api/checkout')).json.customerId).toBe(customerId);
    const { orders } = (await call('GET', '/api/orders')).json;
    expect(orders).toEqual([expect.objectContaining({ invoice_id: invoice.id, status: 'authorized' })]);
  });
});
