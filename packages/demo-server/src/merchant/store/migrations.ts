/**
 * The merchant database's versioned schema. Each entry runs once, in order,
 * inside a transaction, and bumps `PRAGMA user_version`; never edit a landed
 * entry, append a new one.
 */
export const migrations: readonly string[] = [
  // Webhook deliveries are at-least-once: an event_id written here, in the transaction that applied the
  // event, is never applied again, whatever restarts happen between a delivery and its retry.
  `CREATE TABLE processed_events (
     event_id TEXT PRIMARY KEY,
     event_type TEXT NOT NULL,
     data TEXT NOT NULL,
     processed_at TEXT NOT NULL
   );`,
  // Shoppers sign in; their sessions, orders and saved methods outlive a restart of the merchant server.
  // A shopper maps to one sandbox customer, found from the session on the server, never from the browser.
  `CREATE TABLE shoppers (
     id TEXT PRIMARY KEY,
     customer_id TEXT,
     created_at TEXT NOT NULL
   );
   CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     shopper_id TEXT REFERENCES shoppers(id),
     customer_id TEXT,
     token_id TEXT,
     invoice_id TEXT,
     created_at TEXT NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE TABLE orders (
     id TEXT PRIMARY KEY,
     attempt_key TEXT UNIQUE,
     session_id TEXT NOT NULL,
     shopper_id TEXT REFERENCES shoppers(id),
     customer_id TEXT,
     invoice_id TEXT UNIQUE,
     kind TEXT NOT NULL,
     name TEXT NOT NULL,
     amount TEXT NOT NULL,
     currency TEXT NOT NULL,
     status TEXT NOT NULL,
     captured_amount TEXT NOT NULL DEFAULT '0',
     refunded_amount TEXT NOT NULL DEFAULT '0',
     source TEXT,
     capture_policy TEXT NOT NULL DEFAULT 'later',
     auto_capture_at TEXT,
     authorization_expires_at TEXT,
     disputed INTEGER NOT NULL DEFAULT 0,
     last_error TEXT,
     created_at TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX orders_shopper ON orders(shopper_id, created_at);
   CREATE INDEX orders_session ON orders(session_id, created_at);
   CREATE TABLE saved_methods (
     token_id TEXT PRIMARY KEY,
     customer_id TEXT NOT NULL,
     shopper_id TEXT REFERENCES shoppers(id),
     gateway_configuration_id TEXT,
     state TEXT NOT NULL,
     updated_at TEXT NOT NULL
   );
   CREATE INDEX saved_methods_customer ON saved_methods(customer_id);`,
];
