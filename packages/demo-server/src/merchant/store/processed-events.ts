import type { Db } from './database.js';

export interface ProcessedEvent {
  eventId: string;
  eventType: string;
  data: unknown;
  processedAt: string;
}

interface Row {
  event_id: string;
  event_type: string;
  data: string;
  processed_at: string;
}

const toEvent = (r: Row): ProcessedEvent => ({
  eventId: r.event_id,
  eventType: r.event_type,
  data: JSON.parse(r.data) as unknown,
  processedAt: r.processed_at,
});

export function processedEventStore(db: Db) {
  const insert = db.prepare<[string, string, string, string]>(
    `INSERT INTO processed_events (event_id, event_type, data, processed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (event_id) DO NOTHING`,
  );
  const find = db.prepare<[string], Row>('SELECT * FROM processed_events WHERE event_id = ?');
  const latest = db.prepare<[number], Row>(
    'SELECT * FROM processed_events ORDER BY processed_at DESC, rowid DESC LIMIT ?',
  );
  return {
    /** True the first time an event_id is seen, false for every redelivery. */
    claim: (event: Omit<ProcessedEvent, 'processedAt'>, at: string): boolean =>
      insert.run(event.eventId, event.eventType, JSON.stringify(event.data ?? null), at).changes === 1,
    find: (eventId: string): ProcessedEvent | undefined => {
      const row = find.get(eventId);
      return row && toEvent(row);
    },
    latest: (limit = 100): ProcessedEvent[] => latest.all(limit).map(toEvent),
  };
}
