import Database from 'better-sqlite3';
import { migrations } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens the sandbox database. WAL lets readers run while a webhook worker
 * writes. synchronous=FULL because the outbox and the token states are the
 * promise this sandbox makes ("a restart loses nothing"): no commit is
 * acknowledged before it is on disk. The store's group commit (store/group-commit.ts)
 * then switches to NORMAL and fsyncs the WAL itself, off the event loop, before
 * it acknowledges a batch: the same guarantee, without blocking other requests.
 */
export function openDatabase(path: string): Db {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

function migrate(db: Db): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  migrations.forEach((sql, index) => {
    const version = index + 1;
    if (version <= current) return;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  });
}
