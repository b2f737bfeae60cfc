import type { SandboxEvent, WebhookDelivery } from '../domain/types.js';
import type { Db } from './database.js';

interface EventRow {
  id: string;
  project_id: string;
  type: string;
  data: string;
  created_at: string;
}

export interface OutboxItem {
  id: number;
  eventId: string;
  projectId: string;
  url: string;
  attempts: number;
  queuedAt: number;
  payload: string;
}

interface OutboxRow {
  id: number;
  event_id: string;
  project_id: string;
  url: string;
  attempts: number;
  queued_at: number;
  type: string;
  data: string;
}

interface DeliveryRow {
  url: string;
  attempts: number;
  next_attempt_at: number;
  delivered_at: number | null;
  failed_at: number | null;
  last_error: string | null;
}

const toDelivery = (r: DeliveryRow): WebhookDelivery => {
  const status: WebhookDelivery['status'] =
    r.delivered_at !== null ? 'delivered' : r.failed_at !== null ? 'exhausted' : 'pending';
  return {
    url: r.url,
    status,
    attempts: r.attempts,
    lastError: r.last_error,
    nextAttemptAt: status === 'pending' ? r.next_attempt_at : null,
    deliveredAt: r.delivered_at,
  };
};

const toEvent = (r: EventRow): SandboxEvent => ({
  id: r.id,
  projectId: r.project_id,
  type: r.type,
  data: JSON.parse(r.data),
  createdAt: r.created_at,
});

/** The exact bytes that get signed and sent; rebuilt identically on every attempt. */
export const webhookPayload = (eventId: string, type: string, dataJson: string) =>
  `{"event_id":${JSON.stringify(eventId)},"event_type":${JSON.stringify(type)},"data":${dataJson}}`;

export function eventStore(db: Db, atomically: <T>(work: () => T) => T) {
  const insert = db.prepare(
    'INSERT INTO events (id, project_id, type, data, created_at) VALUES (@id, @projectId, @type, @data, @createdAt)',
  );
  const enqueue = db.prepare(
    `INSERT INTO webhook_outbox (event_id, url, next_attempt_at, queued_at)
     VALUES (@eventId, @url, @now, @now)`,
  );
  const deliveries = db.prepare<[string], DeliveryRow>(
    `SELECT url, attempts, next_attempt_at, delivered_at, failed_at, last_error
     FROM webhook_outbox WHERE event_id = ? ORDER BY id`,
  );
  const find = db.prepare<[string, string], EventRow>('SELECT * FROM events WHERE project_id = ? AND id = ?');
  const list = db.prepare<[string, number], EventRow>(
    'SELECT * FROM events WHERE project_id = ? ORDER BY created_at DESC, rowid DESC LIMIT ?',
  );
  const due = db.prepare<[number, number], OutboxRow>(
    `SELECT o.id, o.event_id, e.project_id, o.url, o.attempts, o.queued_at, e.type, e.data
     FROM webhook_outbox o JOIN events e ON e.id = o.event_id
     WHERE o.delivered_at IS NULL AND o.failed_at IS NULL AND o.next_attempt_at <= ?
     ORDER BY o.next_attempt_at, o.id LIMIT ?`,
  );
  const delivered = db.prepare<[number, number]>(
    'UPDATE webhook_outbox SET delivered_at = ?, attempts = attempts + 1, last_error = NULL WHERE id = ?',
  );
  const retry = db.prepare<[number, string, number]>(
    'UPDATE webhook_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ?',
  );
  const failed = db.prepare<[number, string, number]>(
    'UPDATE webhook_outbox SET attempts = attempts + 1, failed_at = ?, last_error = ? WHERE id = ?',
  );

  return {
    /** Event and outbox row commit together: an event is never recorded without its delivery. */
    record: (event: SandboxEvent, webhookUrl: string | null, now: number) =>
      atomically(() => {
        insert.run({ ...event, data: JSON.stringify(event.data) });
        if (webhookUrl) enqueue.run({ eventId: event.id, url: webhookUrl, now });
      }),
    /** Queues one more delivery of a recorded event, with a fresh retry window. */
    enqueue: (eventId: string, url: string, now: number) => enqueue.run({ eventId, url, now }),
    deliveries: (eventId: string): WebhookDelivery[] => deliveries.all(eventId).map(toDelivery),
    find: (projectId: string, id: string): SandboxEvent | undefined => {
      const row = find.get(projectId, id);
      return row && toEvent(row);
    },
    list: (projectId: string, limit: number): SandboxEvent[] => list.all(projectId, limit).map(toEvent),
    dueDeliveries: (now: number, limit: number): OutboxItem[] =>
      due.all(now, limit).map((r) => ({
        id: r.id,
        eventId: r.event_id,
        projectId: r.project_id,
        url: r.url,
        attempts: r.attempts,
        queuedAt: r.queued_at,
        payload: webhookPayload(r.event_id, r.type, r.data),
      })),
    markDelivered: (id: number, now: number) => delivered.run(now, id),
    markRetry: (id: number, nextAttemptAt: number, error: string) => retry.run(nextAttemptAt, error, id),
    markFailed: (id: number, now: number, error: string) => failed.run(now, error, id),
  };
}
