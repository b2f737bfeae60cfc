/**
 * Versioned schema. Each entry runs once, in order, inside a transaction, and
 * bumps `PRAGMA user_version`; never edit a released entry, append a new one.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE projects (
     id TEXT PRIMARY KEY,
     secret TEXT NOT NULL,
     name TEXT NOT NULL,
     webhook_url TEXT,
     is_default INTEGER NOT NULL DEFAULT 0,
     created_at TEXT NOT NULL
   );
   CREATE TABLE gateway_configurations (
     id TEXT PRIMARY KEY,
     project_id TEXT NOT NULL REFERENCES projects(id),
     gateway TEXT NOT NULL,
     name TEXT NOT NULL,
     enabled INTEGER NOT NULL,
     default_currency TEXT NOT NULL,
     position INTEGER NOT NULL,
     UNIQUE (project_id, gateway)
   );
   CREATE TABLE customers (
     id TEXT PRIMARY KEY,
     project_id TEXT NOT NULL REFERENCES projects(id),
     first_name TEXT, last_name TEXT, email TEXT, currency TEXT, return_url TEXT,
     metadata TEXT NOT NULL DEFAULT '{}',
     created_at TEXT NOT NULL
   );
   CREATE TABLE tokens (
     id TEXT PRIMARY KEY,
     project_id TEXT NOT NULL REFERENCES projects(id),
     customer_id TEXT NOT NULL REFERENCES customers(id),
     type TEXT NOT NULL,
     gateway_configuration_id TEXT,
     return_url TEXT, cancel_url TEXT, webhook_url TEXT,
     verify INTEGER NOT NULL DEFAULT 0,
     verification_status TEXT NOT NULL,
     is_chargeable INTEGER NOT NULL DEFAULT 0,
     enabled INTEGER NOT NULL DEFAULT 1,
     verify_due_at INTEGER,
     verify_result TEXT,
     metadata TEXT NOT NULL DEFAULT '{}',
     created_at TEXT NOT NULL,
     deleted_at TEXT
   );
   CREATE INDEX tokens_customer ON tokens(customer_id);
   CREATE INDEX tokens_verify_due ON tokens(verify_due_at) WHERE verify_due_at IS NOT NULL;
   CREATE TABLE invoices (
     id TEXT PRIMARY KEY,
     project_id TEXT NOT NULL REFERENCES projects(id),
     customer_id TEXT REFERENCES customers(id),
     name TEXT NOT NULL,
     amount_minor INTEGER NOT NULL,
     currency TEXT NOT NULL,
     return_url TEXT, webhook_url TEXT,
     metadata TEXT NOT NULL DEFAULT '{}',
     status TEXT NOT NULL,
     source TEXT,
     gateway_configuration_id TEXT,
     transaction_id TEXT,
     authorized_at INTEGER,
     authorization_expires_at INTEGER,
     auto_capture_at INTEGER,
     captured_minor INTEGER NOT NULL DEFAULT 0,
     refunded_minor INTEGER NOT NULL DEFAULT 0,
     settle_due_at INTEGER,
     settle_result TEXT,
     created_at TEXT NOT NULL
   );
   CREATE TABLE refunds (
     id TEXT PRIMARY KEY,
     invoice_id TEXT NOT NULL REFERENCES invoices(id),
     amount_minor INTEGER NOT NULL,
     reason TEXT,
     created_at TEXT NOT NULL
   );
   CREATE TABLE gateway_requests (
     id TEXT PRIMARY KEY,
     project_id TEXT NOT NULL REFERENCES projects(id),
     gateway_configuration_id TEXT NOT NULL,
     customer_id TEXT, token_id TEXT, invoice_id TEXT,
     outcome TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     used_at INTEGER,
     created_at TEXT NOT NULL
   );
   CREATE TABLE events (
     id TEXT PRIMARY KEY,
     project_id TEXT NOT NULL REFERENCES projects(id),
     type TEXT NOT NULL,
     data TEXT NOT NULL,
     created_at TEXT NOT NULL
   );
   CREATE TABLE webhook_outbox (
     id INTEGER PRIMARY KEY AUTOINCREMENT,
     event_id TEXT NOT NULL REFERENCES events(id),
     url TEXT NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at INTEGER NOT NULL,
     delivered_at INTEGER,
     failed_at INTEGER,
     last_error TEXT
   );
   CREATE INDEX outbox_due ON webhook_outbox(next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;
   CREATE TABLE idempotency_keys (
     project_id TEXT NOT NULL,
     key TEXT NOT NULL,
     request_hash TEXT NOT NULL,
     status INTEGER,
     body TEXT,
     created_at INTEGER NOT NULL,
     PRIMARY KEY (project_id, key)
   );
   CREATE TABLE checkout_sessions (
     id TEXT PRIMARY KEY,
     project_id TEXT NOT NULL REFERENCES projects(id),
     mode TEXT NOT NULL,
     customer_id TEXT NOT NULL,
     token_id TEXT,
     invoice_id TEXT,
     success_url TEXT NOT NULL,
     cancel_url TEXT NOT NULL,
     locale TEXT,
     status TEXT NOT NULL,
     expires_at INTEGER NOT NULL,
     created_at TEXT NOT NULL
   );`,
  // Checkout sessions went live: they carry merchant metadata and remember which APM closed them.
  `ALTER TABLE checkout_sessions ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}';
   ALTER TABLE checkout_sessions ADD COLUMN gateway_configuration_id TEXT;
   ALTER TABLE checkout_sessions ADD COLUMN closed_at TEXT;`,
  // Webhook retries run for a time window (about three days) counted from when a delivery was queued.
  `ALTER TABLE webhook_outbox ADD COLUMN queued_at INTEGER;
   UPDATE webhook_outbox SET queued_at = next_attempt_at;
   CREATE INDEX outbox_event ON webhook_outbox(event_id);`,
  // Transactions as the ProcessOut SDKs read them: an operations ledger, refunds with their details, and the
  // amount an automatic capture takes. Transaction IDs are looked up on their own.
  `CREATE TABLE transaction_operations (
     id TEXT PRIMARY KEY,
     transaction_id TEXT NOT NULL,
     invoice_id TEXT NOT NULL REFERENCES invoices(id),
     type TEXT NOT NULL,
     amount_minor INTEGER NOT NULL,
     is_attempt INTEGER NOT NULL,
     has_failed INTEGER NOT NULL,
     gateway_configuration_id TEXT,
     token_id TEXT,
     error_code TEXT,
     metadata TEXT NOT NULL DEFAULT '{}',
     created_at TEXT NOT NULL
   );
   CREATE INDEX transaction_operations_transaction ON transaction_operations(transaction_id);
   CREATE INDEX invoices_transaction ON invoices(transaction_id) WHERE transaction_id IS NOT NULL;
   CREATE INDEX invoices_customer ON invoices(customer_id) WHERE customer_id IS NOT NULL;
   ALTER TABLE invoices ADD COLUMN preset_auto_capture_at INTEGER;
   ALTER TABLE invoices ADD COLUMN auto_capture_amount_minor INTEGER;
   ALTER TABLE refunds ADD COLUMN information TEXT;
   ALTER TABLE refunds ADD COLUMN metadata TEXT NOT NULL DEFAULT '{}';`,
  // The flow relay: each hosted-page flow's outcome under its state nonce, for a widget that lost the window.
  `CREATE TABLE flows (
     state TEXT PRIMARY KEY,
     project_id TEXT NOT NULL REFERENCES projects(id),
     gateway_configuration_id TEXT NOT NULL,
     customer_id TEXT, token_id TEXT, invoice_id TEXT,
     return_origin TEXT,
     status TEXT NOT NULL,
     gateway_request_id TEXT,
     error_code TEXT,
     expires_at INTEGER NOT NULL,
     decided_at INTEGER,
     created_at INTEGER NOT NULL
   );
   CREATE INDEX flows_expiry ON flows(expires_at);`,
  // The APM account behind a gateway request, and on a saved token its fingerprint and masked summary:
  // saving the same account twice for one customer answers the token it already has.
  `ALTER TABLE gateway_requests ADD COLUMN account TEXT;
   ALTER TABLE tokens ADD COLUMN gateway_fingerprint TEXT;
   ALTER TABLE tokens ADD COLUMN summary TEXT;
   CREATE INDEX tokens_fingerprint ON tokens(customer_id, gateway_fingerprint)
     WHERE gateway_fingerprint IS NOT NULL AND deleted_at IS NULL;`,
  // Pay and save: the customer token one provider flow saved while it paid this invoice.
  `CREATE TABLE invoice_saved_tokens (
     invoice_id TEXT PRIMARY KEY REFERENCES invoices(id),
     token_id TEXT NOT NULL REFERENCES tokens(id),
     matched INTEGER NOT NULL,
     created_at TEXT NOT NULL
   );`,
];
