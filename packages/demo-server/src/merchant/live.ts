import { EventEmitter } from 'node:events';
import type { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { MerchantEnv } from './deps.js';
import type { ShopperSession } from './store/index.js';

export type LiveEvent = { type: 'order' | 'saved-method'; data: unknown };
export type LiveUpdates = ReturnType<typeof createLiveUpdates>;

/** Whose page an update belongs on: a signed-in shopper's (any of their tabs), else one guest browser's. */
export const ownerKey = (owner: { shopperId: string | null; sessionId: string }) =>
  owner.shopperId ? `shopper:${owner.shopperId}` : `session:${owner.sessionId}`;
export const customerKey = (customerId: string) => `customer:${customerId}`;

/** In-process fan-out from the code that changes an order or a token to the pages watching it. */
export function createLiveUpdates() {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return {
    publish: (key: string, event: LiveEvent) => emitter.emit(key, event),
    subscribe(keys: string[], listener: (event: LiveEvent) => void): () => void {
      for (const key of keys) emitter.on(key, listener);
      return () => {
        for (const key of keys) emitter.off(key, listener);
      };
    },
  };
}

const KEEPALIVE_MS = 15_000;

function keysOf(session: ShopperSession): string[] {
  const keys = [ownerKey({ shopperId: session.shopperId, sessionId: session.id })];
  if (session.customerId) keys.push(customerKey(session.customerId));
  return keys;
}

/**
 * `GET /api/live`: server-sent events for the orders view, one `order` or
 * `saved-method` event per change, whether an action on the page or a webhook
 * from the sandbox made it.
 */
export function mountLiveRoute(app: Hono<MerchantEnv>, live: LiveUpdates) {
  app.get('/api/live', (c) =>
    streamSSE(c, async (stream) => {
      const queue: LiveEvent[] = [];
      let wake: (() => void) | undefined;
      const unsubscribe = live.subscribe(keysOf(c.get('session')), (event) => {
        queue.push(event);
        wake?.();
      });
      stream.onAbort(() => wake?.());
      try {
        await stream.writeSSE({ event: 'ready', data: '{}' });
        while (!stream.aborted) {
          const event = queue.shift();
          if (event) {
            await stream.writeSSE({ event: event.type, data: JSON.stringify(event.data) });
            continue;
          }
          const waited = await new Promise<'event' | 'idle'>((resolve) => {
            const timer = setTimeout(() => resolve('idle'), KEEPALIVE_MS);
            wake = () => {
              clearTimeout(timer);
              resolve('event');
            };
          });
          wake = undefined;
          if (waited === 'idle' && !stream.aborted) await stream.write(': keep-alive\n\n');
        }
      } finally {
        unsubscribe();
      }
    }),
  );
}
