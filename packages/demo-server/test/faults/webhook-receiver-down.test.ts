import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firstProcessings, startWebhookFaults } from './webhook-faults.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-fault-hooks-down-'));
const faults = await startWebhookFaults(join(dir, 'merchant.db'));
afterAll(async () => {
  await faults.close();
  rmSync(dir, { recursive: true, force: true });
});

const SAVES = 8;

describe('the webhook receiver down for a minute', () => {
  it('delivers every event once it is back, and the merchant processes each once', async () => {
    await faults.down();
    const tokens = await Promise.all(Array.from({ length: SAVES }, () => faults.saveVerifiedLater()));
    // A minute of outage at the production schedule is six failed attempts; wait for those, not for a duration.
    await faults.until('token.verified', SAVES, (d) => d.status === 'pending' && d.attempts >= 6);
    expect(faults.answers).toEqual([]);

    await faults.up();
    const delivered = await faults.until('token.verified', SAVES, (d) => d.status === 'delivered');
    const ids = delivered.map((e) => e.id);
    expect(firstProcessings(faults.answers, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    const received = faults.merchant.webhooks.received.filter((e) => e.event_type === 'token.verified');
    expect(received.map((e) => e.event_id).sort()).toEqual([...ids].sort());
    for (const token of tokens) expect(faults.merchant.store.savedMethods.find(token)?.state).toBe('active');
  }, 60_000);
});
