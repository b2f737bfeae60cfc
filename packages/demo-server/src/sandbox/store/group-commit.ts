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
  /** Commits the open batch now (before closing the database). */
  flush(): void;
}

/** Batches of every connection in this process, so two stores on one file never wait on each other. */
const openBatches = new Set<() => void>();

/**
 * Group commit: every write of one event-loop turn joins one `BEGIN IMMEDIATE`
 * transaction, committed on `setImmediate`, so concurrent requests share one
 * fsync (synchronous=FULL stays: each COMMIT is durable when it returns).
 * A request must not be acknowledged before `committed()` resolves; the app
 * awaits it for every response, reads included, since a read may have seen
 * another request's write that is not durable yet.
 */
export function createGroupCommit(db: Db): GroupCommit {
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  const rollback = db.prepare('ROLLBACK');
  let batch: Batch | undefined;

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
      current.resolve();
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
    committed: () => batch?.done ?? Promise.resolve(),
    settled: async () => {
      while (batch) await batch.done.catch(() => {});
    },
    flush: finish,
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
