import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../src/sandbox/store/group-commit.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-group-commit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** A WAL database file with a writer (batched) and an independent reader connection, as another process would be. */
function database() {
  const path = join(dir, `db${files++}.sqlite`);
  const writer = new Database(path);
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = FULL');
  writer.pragma('foreign_keys = ON');
  writer.exec(`CREATE TABLE parents (id TEXT PRIMARY KEY);
    CREATE TABLE rows (id TEXT PRIMARY KEY,
      parent TEXT REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED)`);
  const batch = createGroupCommit(writer);
  const insert = writer.prepare<[string, string | null]>('INSERT INTO rows (id, parent) VALUES (?, ?)');
  const reader = new Database(path, { readonly: true });
  const seen = () =>
    reader
      .prepare<[], { id: string }>('SELECT id FROM rows ORDER BY id')
      .all()
      .map((r) => r.id);
  return { writer, batch, insert, seen };
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('group commit', () => {
  it('commits the writes of one event-loop turn together, unseen by another connection until then', async () => {
    const { batch, insert, seen } = database();
    batch.atomically(() => insert.run('a', null));
    insert.run('b', null); // a write outside `atomically` joins the same batch
    batch.atomically(() => insert.run('c', null));
    expect(seen()).toEqual([]);
    await batch.committed();
    expect(seen()).toEqual(['a', 'b', 'c']);
  });

  it('undoes only the work that threw and commits the rest of its batch', async () => {
    const { batch, insert, seen } = database();
    batch.atomically(() => insert.run('kept-1', null));
    expect(() =>
      batch.atomically(() => {
        insert.run('undone', null);
        throw new Error('validation failed half-way');
      }),
    ).toThrow('half-way');
    batch.atomically(() => insert.run('kept-2', null));
    await batch.committed();
    expect(seen()).toEqual(['kept-1', 'kept-2']);
  });

  it('rejects committed() for every writer of a batch whose COMMIT fails, and keeps none of it', async () => {
    const { batch, insert, seen } = database();
    batch.atomically(() => insert.run('fine', null));
    // A deferred foreign key is checked at COMMIT, so this batch cannot commit.
    batch.atomically(() => insert.run('orphan', 'no-such-parent'));
    await expect(batch.committed()).rejects.toThrow(/FOREIGN KEY/);
    expect(seen()).toEqual([]);
    batch.atomically(() => insert.run('next', null));
    await batch.committed();
    expect(seen()).toEqual(['next']);
  });

  it('starts a new batch on the next turn, so committed() waits only for the batch holding your writes', async () => {
    const { batch, insert, seen } = database();
    insert.run('first', null);
    const first = batch.committed();
    await nextTurn();
    insert.run('second', null);
    await first;
    expect(seen()).toEqual(['first']);
    await batch.committed();
    expect(seen()).toEqual(['first', 'second']);
  });

  it('lets two batched connections to one file write in the same turn without waiting on each other', async () => {
    const { writer, batch, insert, seen } = database();
    const other = new Database(writer.name);
    other.pragma('busy_timeout = 5000');
    const otherBatch = createGroupCommit(other);
    const otherInsert = other.prepare<[string, null]>('INSERT INTO rows (id, parent) VALUES (?, ?)');
    const started = Date.now();
    batch.atomically(() => insert.run('mine', null));
    otherBatch.atomically(() => otherInsert.run('theirs', null));
    insert.run('mine-again', null);
    await Promise.all([batch.committed(), otherBatch.committed()]);
    expect(Date.now() - started).toBeLessThan(1000); // a lock wait would take busy_timeout (5 s)
    expect(seen()).toEqual(['mine', 'mine-again', 'theirs']);
  });

  it('commits an open batch when flushed, as closing the store does', () => {
    const { batch, insert, seen } = database();
    insert.run('flushed', null);
    batch.flush();
    expect(seen()).toEqual(['flushed']);
  });
});
