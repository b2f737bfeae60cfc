import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../../src/sandbox/index.js';
import { createStore } from '../../src/sandbox/store/index.js';
import { basic } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-ack-'));
const dbPath = join(dir, 'sandbox.db');
const sandbox = createSandbox({ dbPath });
// Another connection to the file sees only what is committed, as the sandbox would after a crash.
const onDisk = createStore(dbPath);
const auth = basic(sandbox.project.id, sandbox.project.secret);

afterAll(async () => {
  onDisk.close();
  await sandbox.close();
  rmSync(dir, { recursive: true, force: true });
});

const createCustomer = (name: string) =>
  sandbox.app.request('http://sandbox.test/customers', {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify({ first_name: name }),
  });

describe('acknowledgements', () => {
  it('answers a write only once the batch holding it is committed', async () => {
    const answers = await Promise.all(['Ada', 'Grace', 'Edsger'].map(createCustomer));
    // Checked at once, before the event loop could run any commit of its own.
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      const { customer } = (await answer.json()) as { customer: { id: string; first_name: string } };
      expect(onDisk.customers.find(sandbox.project.id, customer.id)?.firstName).toBe(customer.first_name);
    }
  });

  it('answers a read that saw another request’s write only once that write is committed', async () => {
    const call = (method: string, path: string, body?: object) =>
      sandbox.app.request(`http://sandbox.test${path}`, {
        method,
        headers: { authorization: auth, 'content-type': 'application/json' },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const { customer } = (await (await createCustomer('Barbara')).json()) as { customer: { id: string } };
    const tokens = `/customers/${customer.id}/tokens`;
    const { token } = (await (
      await call('POST', tokens, { return_url: 'https://shop.example/' })
    ).json()) as {
      token: { id: string };
    };
    // The delete and the list run in one turn: the list reads the delete before it is committed.
    const stored = () => onDisk.tokens.find(sandbox.project.id, customer.id, token.id);
    await new Promise((resolve) => setImmediate(resolve));
    expect(stored()).toBeDefined();
    void call('DELETE', `${tokens}/${token.id}`);
    const listed = await Promise.resolve(call('GET', tokens)).then((answer) => ({
      answer,
      storedThen: stored(),
    }));
    expect(((await listed.answer.json()) as { tokens: unknown[] }).tokens).toEqual([]);
    expect(listed.storedThen).toBeUndefined();
  });
});
