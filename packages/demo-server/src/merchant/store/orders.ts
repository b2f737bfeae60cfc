import type { Db } from './database.js';

/** How an order's authorization turns into money: at once, by hand within 7 days, or at a set time. */
export type CapturePolicy = 'now' | 'later' | 'auto';

/** One purchase as the merchant books it. `status` mirrors the sandbox invoice, plus `processing`. */
export interface Order {
  id: string;
  /** The payment attempt this order was created for: one attempt, one order, one charge. */
  attemptKey: string | null;
  sessionId: string;
  shopperId: string | null;
  customerId: string | null;
  invoiceId: string | null;
  /** `checkout`: the shopper paid on the page; `saved-method`: charged by the merchant (MIT). */
  kind: 'checkout' | 'saved-method';
  name: string;
  amount: string;
  currency: string;
  status: string;
  capturedAmount: string;
  refundedAmount: string;
  /** The saved `tok_…` an MIT charged, or the APM configuration a checkout paid with. */
  source: string | null;
  capturePolicy: CapturePolicy;
  autoCaptureAt: string | null;
  authorizationExpiresAt: string | null;
  /** Set by `transaction.chargeback`: the shopper's bank took the money back. */
  disputed: boolean;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

interface Row extends Omit<Order, 'disputed'> {
  disputed: number;
}

const columns = `id, attempt_key AS attemptKey, session_id AS sessionId, shopper_id AS shopperId,
  customer_id AS customerId, invoice_id AS invoiceId, kind, name, amount, currency, status,
  captured_amount AS capturedAmount, refunded_amount AS refundedAmount, source, capture_policy AS capturePolicy,
  auto_capture_at AS autoCaptureAt, authorization_expires_at AS authorizationExpiresAt, disputed,
  last_error AS lastError, created_at AS createdAt, updated_at AS updatedAt`;

const toOrder = (r: Row): Order => ({ ...r, disputed: r.disputed === 1 });
const toParams = (o: Order) => ({ ...o, disputed: o.disputed ? 1 : 0 });

export function orderStore(db: Db) {
  const insert = db.prepare(
    `INSERT INTO orders (id, attempt_key, session_id, shopper_id, customer_id, invoice_id, kind, name, amount,
       currency, status, captured_amount, refunded_amount, source, capture_policy, auto_capture_at,
       authorization_expires_at, disputed, last_error, created_at, updated_at)
     VALUES (@id, @attemptKey, @sessionId, @shopperId, @customerId, @invoiceId, @kind, @name, @amount, @currency,
       @status, @capturedAmount, @refundedAmount, @source, @capturePolicy, @autoCaptureAt,
       @authorizationExpiresAt, @disputed, @lastError, @createdAt, @updatedAt)
     ON CONFLICT (attempt_key) DO NOTHING`,
  );
  const update = db.prepare(
    `UPDATE orders SET invoice_id = @invoiceId, status = @status, captured_amount = @capturedAmount,
       refunded_amount = @refundedAmount, source = @source, capture_policy = @capturePolicy,
       auto_capture_at = @autoCaptureAt, authorization_expires_at = @authorizationExpiresAt,
       disputed = @disputed, last_error = @lastError, updated_at = @updatedAt
     WHERE id = @id`,
  );
  const byId = db.prepare<[string], Row>(`SELECT ${columns} FROM orders WHERE id = ?`);
  const byInvoice = db.prepare<[string], Row>(`SELECT ${columns} FROM orders WHERE invoice_id = ?`);
  const byAttempt = db.prepare<[string], Row>(`SELECT ${columns} FROM orders WHERE attempt_key = ?`);
  const ofShopper = db.prepare<[string], Row>(
    `SELECT ${columns} FROM orders WHERE shopper_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 50`,
  );
  const ofGuest = db.prepare<[string], Row>(
    `SELECT ${columns} FROM orders WHERE session_id = ? AND shopper_id IS NULL
     ORDER BY created_at DESC, rowid DESC LIMIT 50`,
  );
  const one = (row: Row | undefined) => row && toOrder(row);
  return {
    /** False when an order for the same attempt exists already (a double submit). */
    insert: (order: Order): boolean => insert.run(toParams(order)).changes === 1,
    update: (order: Order) => update.run(toParams(order)),
    find: (id: string) => one(byId.get(id)),
    findByInvoice: (invoiceId: string) => one(byInvoice.get(invoiceId)),
    findByAttempt: (attemptKey: string) => one(byAttempt.get(attemptKey)),
    /** A signed-in shopper's orders, newest first; a guest's are those of its browser session. */
    listFor: (owner: { shopperId: string | null; sessionId: string }): Order[] =>
      (owner.shopperId ? ofShopper.all(owner.shopperId) : ofGuest.all(owner.sessionId)).map(toOrder),
  };
}
