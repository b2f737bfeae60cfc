import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Db } from './database.js';

/**
 * The checkpointer's thread: its own connection to the same file, a PASSIVE
 * checkpoint every `everyMs` (it copies what the WAL holds into the database
 * and fsyncs it, without blocking any writer or reader), closed on 'stop'.
 * Plain CommonJS, so the thread needs no TypeScript loader.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.betterSqlite3);
const db = new Database(workerData.path);
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Starts the thread, once: from then on, commits on the main connection never checkpoint. */
  start(): void;
  /** Stops the thread after one last checkpoint; the main connection checkpoints again. */
  stop(): Promise<void>;
}

/**
 * WAL checkpoints off the event loop. SQLite checkpoints by itself inside the
 * COMMIT that takes the WAL past 1,000 pages: a copy of those pages into the
 * database and an fsync of it, on the thread that serves requests, so every
 * request in flight waits for it (the long tail of a token-save run). Started,
 * the main connection stops checkpointing (`wal_autocheckpoint=0`) and a
 * worker thread runs a PASSIVE checkpoint every `everyMs` instead. Durability
 * is unchanged: a commit is acknowledged once the WAL holding it is fsynced
 * (group-commit.ts), and a checkpoint fsyncs the database before SQLite may
 * reuse that part of the WAL.
 */
export function createCheckpointer(db: Db, path: string, everyMs = 100): Checkpointer {
  let worker: Worker | undefined;
  let exited: Promise<void> | undefined;
  /** SQLite's own checkpoints, inside the COMMIT that crosses 1,000 WAL pages, back on (its default). */
  const checkpointOnCommit = () => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  return {
    start() {
      if (worker) return;
      worker = new Worker(THREAD, {
        eval: true,
        workerData: {
          path,
          everyMs,
          betterSqlite3: createRequire(import.meta.url).resolve('better-sqlite3'),
        },
      });
      worker.on('message', (message: { error?: string }) => {
        if (message.error) console.error('[sandbox] checkpoint failed:', message.error);
      });
      worker.on('error', (error) => {
        // A thread that cannot checkpoint must not leave the WAL growing: the main connection takes over.
        console.error('[sandbox] checkpointer stopped:', error);
        checkpointOnCommit();
      });
      exited = new Promise((resolve) => worker?.once('exit', () => resolve()));
      worker.unref();
      db.pragma('wal_autocheckpoint = 0');
    },
    async stop() {
      if (!worker) return;
      const current = worker;
      worker = undefined;
      checkpointOnCommit();
      current.postMessage('stop');
      await exited;
    },
  };
}
