import { checkoutSessionStore } from './checkout-sessions.js';
import { customerStore } from './customers.js';
import { type Db, openDatabase } from './database.js';
import { eventStore } from './events.js';
import { gatewayRequestStore } from './gateway-requests.js';
import { idempotencyStore } from './idempotency.js';
import { invoiceStore } from './invoices.js';
import { projectStore } from './projects.js';
import { tokenStore } from './tokens.js';

export type { OutboxItem } from './events.js';
export { webhookPayload } from './events.js';

/** The only module with SQL: every table has one repository here. */
export function createStore(path: string) {
  const db: Db = openDatabase(path);
  return {
    projects: projectStore(db),
    customers: customerStore(db),
    tokens: tokenStore(db),
    gatewayRequests: gatewayRequestStore(db),
    events: eventStore(db),
    idempotency: idempotencyStore(db),
    invoices: invoiceStore(db),
    checkoutSessions: checkoutSessionStore(db),
    /**
     * Runs `work` in one transaction; better-sqlite3 transactions are synchronous, so `work` must be too.
     * IMMEDIATE takes the write lock before the first read, so the state a transaction checks is the
     * state it writes over, even with another process on the same file (a deferred one would fail with
     * SQLITE_BUSY on its first write instead). Nested calls become savepoints.
     */
    transaction: <T>(work: () => T): T => db.transaction(work).immediate(),
    close: () => db.close(),
  };
}

export type Store = ReturnType<typeof createStore>;
