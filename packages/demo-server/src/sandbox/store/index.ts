import { checkoutSessionStore } from './checkout-sessions.js';
import { createCheckpointer } from './checkpointer.js';
import { customerStore } from './customers.js';
import { type Db, openDatabase } from './database.js';
import { eventStore } from './events.js';
import { flowStore } from './flows.js';
import { gatewayRequestStore } from './gateway-requests.js';
import { createGroupCommit, walSync } from './group-commit.js';
import { idempotencyStore } from './idempotency.js';
import { invoiceSavedTokenStore } from './invoice-saved-tokens.js';
import { invoiceStore } from './invoices.js';
import { projectStore } from './projects.js';
import { refundStore } from './refunds.js';
import { tokenStore } from './tokens.js';
import { transactionStore } from './transactions.js';

export type { OutboxItem } from './events.js';
export { webhookPayload } from './events.js';

/** The only module with SQL: every table has one repository here. */
export function createStore(path: string) {
  const db: Db = openDatabase(path);
  const wal = path === ':memory:' ? undefined : walSync(path);
  const batch = createGroupCommit(db, wal ?? {});
  const checkpointer = path === ':memory:' ? undefined : createCheckpointer(db, path);
  return {
    projects: projectStore(db),
    customers: customerStore(db),
    tokens: tokenStore(db),
    gatewayRequests: gatewayRequestStore(db),
    events: eventStore(db, batch.atomically),
    idempotency: idempotencyStore(db),
    invoices: invoiceStore(db),
    invoiceSavedTokens: invoiceSavedTokenStore(db),
    transactions: transactionStore(db),
    refunds: refundStore(db),
    checkoutSessions: checkoutSessionStore(db),
    flows: flowStore(db),
    /**
     * Runs `work` atomically; better-sqlite3 transactions are synchronous, so `work` must be too. It
     * runs in a savepoint of this turn's batch (see group-commit.ts), whose `BEGIN IMMEDIATE` took the
     * write lock before any read, so the state `work` checks is the state it writes over, even with
     * another process on the same file. Nested calls become nested savepoints. Durable only once
     * `committed()` resolves.
     */
    transaction: batch.atomically,
    /** Resolves when what was written so far is committed (the app awaits it before every response). */
    committed: batch.committed,
    /** Resolves when no batch is open: read then, and only committed rows are seen (the webhook sender). */
    settled: batch.settled,
    /** WAL checkpoints on a worker thread from now on, never inside a request's COMMIT (checkpointer.ts). */
    checkpointInBackground: () => checkpointer?.start(),
    /** Stops that thread after one last checkpoint (before `close`). */
    stopBackgroundWork: async () => checkpointer?.stop(),
    close: () => {
      batch.flush();
      db.close();
      wal?.close();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
