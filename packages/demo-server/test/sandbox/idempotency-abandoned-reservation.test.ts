import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDEMPOTENCY_RESERVATION_TTL_MS } from '../../src/sandbox/http/idempotency.js';
import { createStore } from '../../src/sandbox/store/index.js';
import { startSandbox, type TestSandbox } from './helpers.js';

let dir: string;
let t: TestSandbox;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'paydrop-idem-'));
  t = await startSandbox({ dbPath: join(dir, 'sandbox.db') });
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const body = { first_name: 'Ada' };
const headers = { 'idempotency-key': 'order-crashed' };

/**
 * What a process killed between reserving a key and storing its answer leaves
 * behind. The crash itself cannot be timed from outside a handler that runs in
 * a millisecond, so the row is written through the sandbox's own store.
 */
function abandonReservation(at: number): void {
  const store = createStore(join(dir, 'sandbox.db'));
  const requestHash = createHash('sha256')
    .update(`POST /customers\n${JSON.stringify(body)}`)
    .digest('hex');
  store.idempotency.reserve({
    projectId: t.project.id,
    key: headers['idempotency-key'],
    requestHash,
    now: at,
    staleBefore: 0,
  });
  store.close();
}

describe('an Idempotency-Key reserved by a request that never finished', () => {
  it('answers 409 request.idempotency-in-progress while the reservation is fresh', async () => {
    abandonReservation(Date.now());
    const res = await t.api('POST', '/customers', body, { headers });
    expect(res.status).toBe(409);
    expect(res.body.error_type).toBe('request.idempotency-in-progress');
  });

  it('runs the retry once the reservation is older than a minute, then replays it', async () => {
    abandonReservation(Date.now());
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + IDEMPOTENCY_RESERVATION_TTL_MS + 1000 });
    const retry = await t.api('POST', '/customers', body, { headers });
    expect(retry.status).toBe(200);
    expect(retry.body.customer.first_name).toBe('Ada');
    const again = await t.api('POST', '/customers', body, { headers });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.customer.id).toBe(retry.body.customer.id);
  });
});
