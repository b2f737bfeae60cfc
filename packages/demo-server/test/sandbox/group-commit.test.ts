import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createGroupCommit, walSync } from '../../src/sandbox/store/group-commit.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-group-commit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** A WAL database file with a writer (batched) and an independent reader connection, as another process would be. */
function database(options: Parameters<typeof createGroupCommit>[1] = {}) {
  const path = join(dir, `db${files++}.sqlite`);
  const writer = new Database(path);
  writer.pragma('journal_mode = WAL');
  writer.pragma('synchronous = FULL');
  writer.pragma('foreign_keys = ON');
  writer.exec(`CREATE TABLE parents (id TEXT PRIMARY KEY);
    CREATE TABLE rows (id TEXT PRIMARY KEY,
      parent TEXT REFERENCES parents(id) DEFERRABLE INITIALLY DEFERRED)`);
  const batch = createGroupCommit(writer, options);
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

  describe('with the WAL synced off the event loop', () => {
    /** A sync the test finishes by hand, counting how many were started. */
    function manualSync() {
      const pending: { resolve: () => void; reject: (error: Error) => void }[] = [];
      return {
        pending,
        sync: () => new Promise<void>((resolve, reject) => pending.push({ resolve, reject })),
      };
    }
    const settledWithin = async (promise: Promise<unknown>) => {
      let done = false;
      void promise.then(
        () => {
          done = true;
        },
        () => {
          done = true;
        },
      );
      for (let i = 0; i < 3; i++) await nextTurn();
      return done;
    };

    it('runs NORMAL and acknowledges a batch only once a sync started after its COMMIT has finished', async () => {
      const manual = manualSync();
      const { writer, batch, insert, seen } = database({ sync: manual.sync });
      expect(writer.pragma('synchronous', { simple: true })).toBe(1); // NORMAL: COMMIT does not fsync
      insert.run('a', null);
      const acknowledged = batch.committed();
      expect(await settledWithin(acknowledged)).toBe(false);
      expect(seen()).toEqual(['a']); // committed, not yet durable: nobody is told yet
      expect(manual.pending).toHaveLength(1);
      // A read answered now may have seen 'a': it waits for the same sync.
      expect(await settledWithin(batch.committed())).toBe(false);
      expect(await settledWithin(batch.settled())).toBe(false);
      manual.pending[0]?.resolve();
      await acknowledged;
      await batch.committed();
      await batch.settled();
    });

    it('lets batches committed during a sync share the next one, which starts only after it', async () => {
      const manual = manualSync();
      const { batch, insert } = database({ sync: manual.sync });
      insert.run('first', null);
      const first = batch.committed();
      await nextTurn();
      insert.run('second', null);
      const second = batch.committed();
      await nextTurn();
      insert.run('third', null);
      const third = batch.committed();
      await nextTurn();
      expect(manual.pending).toHaveLength(1); // the second and third COMMIT wait for one more sync
      manual.pending[0]?.resolve();
      await first;
      expect(await settledWithin(second)).toBe(false); // the first sync may have missed its COMMIT
      expect(manual.pending).toHaveLength(2);
      manual.pending[1]?.resolve();
      await Promise.all([second, third]);
    });

    it('fails every request of a batch whose sync fails (its writes may not be on disk)', async () => {
      const manual = manualSync();
      const { batch, insert } = database({ sync: manual.sync });
      insert.run('lost', null);
      const acknowledged = batch.committed();
      await nextTurn();
      manual.pending[0]?.reject(new Error('EIO: i/o error, fdatasync'));
      await expect(acknowledged).rejects.toThrow(/EIO/);
    });

    it('syncs the real -wal file with fdatasync, and closes it only after the syncs in flight', async () => {
      const path = join(dir, `wal${files++}.sqlite`);
      const writer = new Database(path);
      writer.pragma('journal_mode = WAL');
      writer.exec('CREATE TABLE rows (id TEXT PRIMARY KEY)');
      const wal = walSync(path);
      const batch = createGroupCommit(writer, wal);
      writer.prepare('INSERT INTO rows (id) VALUES (?)').run('durable');
      const acknowledged = batch.committed();
      await nextTurn();
      wal.close(); // a sync is in flight: the descriptor stays open until it is done
      await acknowledged;
      batch.flush();
      writer.close();
    });
  });
});
