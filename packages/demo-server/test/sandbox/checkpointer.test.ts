import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createCheckpointer } from '../../src/sandbox/store/checkpointer.js';
import { createGroupCommit, walSync } from '../../src/sandbox/store/group-commit.js';

const dir = mkdtempSync(join(tmpdir(), 'paydrop-checkpointer-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
/** A batched WAL database as the store opens it, and a way to write about 1 MB (some 250 pages) into it. */
function database() {
  const path = join(dir, `db${files++}.sqlite`);
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE rows (id INTEGER PRIMARY KEY, data BLOB)');
  db.pragma('wal_checkpoint(TRUNCATE)');
  const wal = walSync(path);
  const batch = createGroupCommit(db, wal);
  const insert = db.prepare<[Buffer]>('INSERT INTO rows (data) VALUES (?)');
  const writeAMegabyte = async () => {
    batch.atomically(() => {
      for (let i = 0; i < 250; i++) insert.run(Buffer.alloc(4000, i));
    });
    await batch.committed();
  };
  /** Bytes in the database file itself, which only a checkpoint writes (a commit goes to the WAL). */
  const databaseFileSize = () => statSync(path).size;
  const close = () => {
    batch.flush();
    db.close();
    wal.close();
  };
  return { db, path, writeAMegabyte, databaseFileSize, close };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Waits until `check` holds, or gives up after `ms`. */
async function eventually(check: () => boolean, ms = 5000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await pause(20);
  return check();
}

describe('checkpoints off the event loop', () => {
  it('stops the serving connection from checkpointing inside a commit, and checkpoints on its own thread', async () => {
    const { db, path, writeAMegabyte, databaseFileSize, close } = database();
    const checkpointer = createCheckpointer(db, path, 20);
    checkpointer.start();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = databaseFileSize();
    await writeAMegabyte();
    // The commit left the pages in the WAL; the thread copies them into the database file.
    expect(await eventually(() => databaseFileSize() > before + 900_000)).toBe(true);
    await checkpointer.stop();
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(1000);
    close();
  });

  it('without the thread, a commit with checkpoints off leaves the database file as it was', async () => {
    // The control for the test above: the file grows only because something checkpointed.
    const { db, writeAMegabyte, databaseFileSize, close } = database();
    db.pragma('wal_autocheckpoint = 0');
    const before = databaseFileSize();
    await writeAMegabyte();
    await pause(200);
    expect(databaseFileSize()).toBe(before);
    close();
  });

  it('keeps every acknowledged row across a reopen while the thread checkpoints under writes', async () => {
    const { db, path, writeAMegabyte, close } = database();
    const checkpointer = createCheckpointer(db, path, 5);
    checkpointer.start();
    for (let round = 0; round < 8; round++) await writeAMegabyte();
    await checkpointer.stop();
    close();
    const reopened = new Database(path, { readonly: true });
    expect(reopened.prepare('SELECT count(*) AS n FROM rows').get()).toEqual({ n: 2000 });
    reopened.close();
  });
});
