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
];
