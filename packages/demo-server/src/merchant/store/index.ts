import { type Db, openDatabase } from './database.js';
import { orderStore } from './orders.js';
import { processedEventStore } from './processed-events.js';
import { savedMethodStore } from './saved-methods.js';
import { sessionStore } from './sessions.js';
import { shopperStore } from './shoppers.js';

export type { CapturePolicy, Order } from './orders.js';
export type { ProcessedEvent } from './processed-events.js';
export type { SavedMethod, SavedMethodState } from './saved-methods.js';
export type { ShopperSession } from './sessions.js';

/** The merchant's only module with SQL, over its own database file (`:memory:` in tests). */
export function createMerchantStore(path: string) {
  const db: Db = openDatabase(path);
  return {
    processedEvents: processedEventStore(db),
    shoppers: shopperStore(db),
    sessions: sessionStore(db),
    orders: orderStore(db),
    savedMethods: savedMethodStore(db),
    /** One synchronous transaction, write lock taken up front (see the sandbox store for why). */
    transaction: <T>(work: () => T): T => db.transaction(work).immediate(),
    journalMode: (): string => String(db.pragma('journal_mode', { simple: true })),
    close: () => db.close(),
  };
}

export type MerchantStore = ReturnType<typeof createMerchantStore>;
