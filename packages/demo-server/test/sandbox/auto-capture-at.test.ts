import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTHORIZATION_TTL_MS } from '../../src/sandbox/domain/invoice-status.js';
import { configId, decide, eventually, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

async function approvedInvoice() {
  const iv = (await t.api('POST', '/invoices', { name: 'Lamp', amount: '10.00', currency: 'EUR' })).body
    .invoice;
  const page = `/checkout/${t.project.id}/${iv.id}/redirect/${await configId(t)}`;
  return { id: iv.id, source: (await decide(t, page, 'approve')).body.delivery.message.data };
}

const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

describe('auto_capture_at', () => {
  it('must be a strict ISO 8601 date-time with a zone', async () => {
    const { id, source } = await approvedInvoice();
    for (const value of [1, '1', '2030-01-01', '2030-02-30T00:00:00Z', '2030-01-01T00:00:00', 'tomorrow']) {
      const res = await t.api('POST', `/invoices/${id}/authorize`, { source, auto_capture_at: value });
      expect(res.status, String(value)).toBe(400);
      expect(res.body.invalid_fields).toEqual(['auto_capture_at']);
    }
    // Nothing was spent by the refusals.
    expect((await t.api('POST', `/invoices/${id}/authorize`, { source })).status).toBe(200);
  });

  it('must be in the future', async () => {
    const { id, source } = await approvedInvoice();
    const res = await t.api('POST', `/invoices/${id}/authorize`, { source, auto_capture_at: inMs(-60_000) });
    expect(res.status).toBe(400);
    expect(res.body.invalid_fields).toEqual(['auto_capture_at']);
  });

  it('must fall within the 7-day authorization window', async () => {
    const { id, source } = await approvedInvoice();
    const late = inMs(AUTHORIZATION_TTL_MS + 60_000);
    const res = await t.api('POST', `/invoices/${id}/authorize`, { source, auto_capture_at: late });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/7-day/);
  });

  it('captures the whole invoice when it comes due', async () => {
    const { id, source } = await approvedInvoice();
    const at = inMs(150);
    const res = await t.api('POST', `/invoices/${id}/authorize`, { source, auto_capture_at: at });
    expect(res.body.invoice.transaction).toMatchObject({ auto_capture_at: at });
    const done = await eventually(async () => {
      const read = (await t.api('GET', `/invoices/${id}`)).body.invoice;
      return read.status === 'completed' ? read : undefined;
    });
    expect(done.transaction).toMatchObject({ captured_amount: '10.00', auto_capture_at: null });
  });

  it('is refused on capture, where null is accepted as not given', async () => {
    const { id, source } = await approvedInvoice();
    await t.api('POST', `/invoices/${id}/authorize`, { source });
    const refused = await t.api('POST', `/invoices/${id}/capture`, { auto_capture_at: inMs(60_000) });
    expect(refused.status).toBe(400);
    expect(refused.body.invalid_fields).toEqual(['auto_capture_at']);
    expect((await t.api('GET', `/invoices/${id}`)).body.invoice.status).toBe('authorized');
    const captured = await t.api('POST', `/invoices/${id}/capture`, { auto_capture_at: null });
    expect(captured.body.invoice.status).toBe('completed');
  });
});
