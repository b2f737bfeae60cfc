import { closeSync, fdatasync, fdatasyncSync, openSync } from 'node:fs';
import type { Db } from './database.js';

interface Batch {
  done: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
  timer: NodeJS.Immediate;
}

export interface GroupCommit {
  /** Runs `work` atomically inside the open batch (a SAVEPOINT: a throw undoes only this work). */
  atomically<T>(work: () => T): T;
  /** Resolves once everything written so far is durable; rejects if that batch failed to commit. */
  committed(): Promise<void>;
  /** Resolves at a moment when no batch is open, so what is read next is all committed. */
  settled(): Promise<void>;
  /** Commits the open batch now and syncs it to disk before returning (before closing the database). */
  flush(): void;
}

export interface GroupCommitOptions {
  /**
   * Makes what was committed so far durable, off the event loop. Given, the database runs
   * `synchronous=NORMAL` (COMMIT writes the WAL but does not fsync it) and every batch is
   * acknowledged only after a `sync` that started after its COMMIT has resolved: the same
   * promise as `synchronous=FULL` (an fsync of the WAL per commit), without blocking every
   * other request for the length of the fsync. Omitted, COMMIT itself is durable (FULL).
   */
  sync?: () => Promise<void>;
  /** Syncs the same way, synchronously (used by `flush`). */
  syncNow?: () => void;
}

/** Batches of every connection in this process, so two stores on one file never wait on each other. */
const openBatches = new Set<() => void>();

/**
 * Group commit: every write of one event-loop turn joins one `BEGIN IMMEDIATE`
 * transaction, committed on `setImmediate`, so concurrent requests share one
 * fsync. With `options.sync` (see `walSync`), the fsync of the WAL runs on
 * libuv's thread pool while the event loop goes on serving requests, and
 * batches committed while it runs share the next one.
 * A request must not be acknowledged before `committed()` resolves; the app
 * awaits it for every response, reads included, since a read may have seen
 * another request's write that is not durable yet.
 */
export function createGroupCommit(db: Db, options: GroupCommitOptions = {}): GroupCommit {
  const { sync, syncNow } = options;
  if (sync) db.pragma('synchronous = NORMAL');
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  let batch: Batch | undefined;
  /** The sync in flight, and the one queued behind it for the commits made since it started. */
  let syncing: Promise<void> | undefined;
  let queued: Promise<void> | undefined;
  /** Resolves once every commit so far is durable; undefined when nothing is waiting to be synced. */
  let durable: Promise<void> | undefined;

  /** A promise of a sync that starts after this call: one fsync covers every commit made before it starts. */
  function syncAfterCommit(run: () => Promise<void>): Promise<void> {
    if (!syncing) {
      const started = run().finally(() => {
        if (syncing === started) syncing = undefined;
      });
      syncing = started;
      return started;
    }
    queued ??= syncing
      .catch(() => {})
      .then(() => {
        queued = undefined;
        return syncAfterCommit(run);
      });
    return queued;
  }

  function acknowledge(current: Batch): void {
    if (!sync) {
      current.resolve();
      return;
    }
    const synced = syncAfterCommit(sync);
    durable = synced;
    synced.then(
      () => {
        if (durable === synced) durable = undefined;
        current.resolve();
      },
      (error) => {
        if (durable === synced) durable = undefined;
        current.reject(error);
      },
    );
  }

  function finish(): void {
    const current = batch;
    if (!current) return;
    batch = undefined;
    openBatches.delete(finish);
    clearImmediate(current.timer);
    try {
      // SQLite rolls a transaction back by itself on some errors (disk full, I/O): then nothing is durable.
      if (!db.inTransaction) throw new Error('The batch was rolled back by SQLite');
      commit.run();
      acknowledge(current);
    } catch (error) {
      if (db.inTransaction) rollback.run();
      current.reject(error);
    }
  }

  function join(): void {
    if (batch && db.inTransaction) return;
    if (batch) finish(); // rolled back under us: fail those requests, start afresh
    // Another store in this process holding the write lock would make BEGIN wait on a commit that
    // can only run after this synchronous call returns: commit it first.
    for (const other of openBatches) other();
    begin.run();
    let resolve = () => {};
    let reject: (error: unknown) => void = () => {};
    const done = new Promise<void>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    done.catch(() => {}); // a batch nobody awaits must not crash the process when it fails
    batch = { done, resolve, reject, timer: setImmediate(finish) };
    openBatches.add(finish);
  }

  joinOnWrite(db, join);

  return {
    atomically: (work) => {
      join();
      return db.transaction(work)();
    },
    // With no batch open, a read may still have seen a commit whose sync is under way.
    committed: () => batch?.done ?? durable ?? Promise.resolve(),
    settled: async () => {
      while (batch || durable) await (batch?.done ?? durable)?.catch(() => {});
    },
    flush: () => {
      finish();
      syncNow?.();
    },
  };
}

/**
 * Makes every writing statement prepared on `db` from now on join the batch
 * first, so a repository method that writes outside `atomically` is batched
 * (and acknowledged after its commit) like the rest. Statements prepared
 * before (migrations, BEGIN/COMMIT themselves) are left alone.
 */
function joinOnWrite(db: Db, join: () => void): void {
  const prepare = db.prepare.bind(db);
  db.prepare = ((source: string) => {
    const statement = prepare(source);
    if (statement.reader) return statement;
    const run = statement.run.bind(statement);
    return Object.assign(statement, {
      run: (...params: unknown[]) => {
        join();
        return run(...params);
      },
    });
  }) as Db['prepare'];
}

/**
 * `fdatasync` of a WAL-mode database's `-wal` file, on libuv's thread pool:
 * what SQLite's `synchronous=FULL` does at every COMMIT in WAL mode, moved off
 * the event loop. The descriptor is opened on first use (SQLite creates the
 * file with the first write) and stays valid when SQLite restarts the WAL
 * from its beginning after a checkpoint, which reuses the same file.
 */
export function walSync(databasePath: string) {
  const walPath = `${databasePath}-wal`;
  let fd: number | undefined;
  let inFlight = 0;
  let closing = false;
  const release = () => {
    if (closing && inFlight === 0 && fd !== undefined) {
      closeSync(fd);
      fd = undefined;
    }
  };
  return {
    sync: () =>
      new Promise<void>((resolve, reject) => {
        fd ??= openSync(walPath, 'r');
        inFlight++;
        fdatasync(fd, (error) => {
          inFlight--;
          release();
          if (error) reject(error);
          else resolve();
        });
      }),
    syncNow: () => {
      if (fd !== undefined) fdatasyncSync(fd);
    },
    /** Closes the descriptor once the syncs in flight are done. */
    close: () => {
      closing = true;
      release();
    },
  };
}
