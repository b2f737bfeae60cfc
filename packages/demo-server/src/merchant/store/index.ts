import { type Db, openDatabase } from './database.js';
import { processedEventStore } from './processed-events.js';

export type { ProcessedEvent } from './processed-events.js';

/** The merchant's only module with SQL, over its own database file (`:memory:` in tests). */
export function createMerchantStore(path: string) {
  const db: Db = openDatabase(path);
  return {
    processedEvents: processedEventStore(db),
    /** One synchronous transaction, write lock taken up front (see the sandbox store for why). */
    transaction: <T>(work: () => T): T => db.transaction(work).immediate(),
    journalMode: (): string => String(db.pragma('journal_mode', { simple: true })),
    close: () => db.close(),
  };
}

export type MerchantStore = ReturnType<typeof createMerchantStore>;
