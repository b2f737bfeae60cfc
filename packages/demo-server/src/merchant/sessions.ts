import { randomBytes } from 'node:crypto';

/** What the merchant remembers about one shopper's checkout; the browser only holds an opaque cookie. */
export interface CheckoutSession {
  customerId?: string;
  tokenId?: string;
  invoiceId?: string;
}

/** In-memory sessions: the demo merchant keeps no database of its own. */
export function createSessionStore() {
  const sessions = new Map<string, CheckoutSession>();
  return {
    create(): string {
      const id = randomBytes(18).toString('base64url');
      sessions.set(id, {});
      return id;
    },
    get(id: string | undefined): CheckoutSession | undefined {
      return id === undefined ? undefined : sessions.get(id);
    },
  };
}
export type SessionStore = ReturnType<typeof createSessionStore>;
