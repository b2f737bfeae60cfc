import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { eventually } from '../sandbox/helpers.js';
import { firstProcessings, startWebhookFaults } from './webhook-faults.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-fault-merchant-restart-'));
const faults = await startWebhookFaults(join(dir, 'merchant.db'));
afterAll(async () => {
  await faults.close();
  rmSync(dir, { recursive: true, force: true });
});

const SAVES = 5;

describe('the merchant server restarted between a first delivery and its retry', () => {
  it('processes each event once: the restarted server knows the event_ids its database kept', async () => {
    // The merchant applies each event, then "crashes" before its answer reaches the sandbox.
    faults.loseAnswers = true;
    const tokens = await Promise.all(Array.from({ length: SAVES }, () => faults.saveVerifiedLater()));
    const pending = await faults.until(
      'token.verified',
      SAVES,
      (d) => d.status === 'pending' && d.attempts >= 1,
    );
    const ids = pending.map((e) => e.id);
    await eventually(async () =>
      ids.every((id) => faults.answers.some((a) => a.eventId === id)) ? true : undefined,
    );
    await faults.down();

    faults.restartMerchant();
    faults.loseAnswers = false;
    await faults.up();
    await faults.until('token.verified', SAVES, (d) => d.status === 'delivered');

    expect(firstProcessings(faults.answers, ids)).toEqual(Object.fromEntries(ids.map((id) => [id, 1])));
    for (const id of ids) {
      // Processed by the first process, recognised as a duplicate by the restarted one.
      expect(faults.answers.find((a) => a.eventId === id && a.duplicate === false)?.merchant).toBe(1);
      expect(faults.answers.some((a) => a.eventId === id && a.merchant === 2 && a.duplicate === true)).toBe(
        true,
      );
    }
    const received = faults.merchant.webhooks.received.filter((e) => e.event_type === 'token.verified');
    expect(received.map((e) => e.event_id).sort()).toEqual([...ids].sort());
    for (const token of tokens) expect(faults.merchant.store.savedMethods.find(token)?.state).toBe('active');
  }, 60_000);
});
