import type { MiddlewareHandler } from 'hono';
import { isStrictHost } from '../domain/registered-url.js';

/** `scheme://host[:port]`, as browsers send it; anything else (`null`, a path, `;`) gets no grant. */
export function wellFormedOrigin(origin: string): string | null {
  const match = /^https?:\/\/([^/:]+|\[[^\]]+\])(?::(\d{1,5}))?$/.exec(origin);
  return match?.[1] && isStrictHost(match[1].toLowerCase()) ? origin : null;
}

const ALLOW_HEADERS = 'Authorization,Content-Type,Idempotency-Key';

/**
 * For public and session calls only: reflects the caller's Origin when it is
 * well formed (the credential, not the origin, is what authorizes; the
 * header is still only built from a validated value). Secret-only routes never
 * mount this, so a browser can never read their answers.
 *
 * Every header is set before the handler runs, never after: Hono then builds
 * them into the handler's response, which the Node adapter writes straight out.
 * A header set on a finished response (as `hono/cors` does with `Vary`) makes
 * Hono copy the response and the adapter read its body back as a stream, which
 * cost the public read of every page visit most of its time.
 */
export const browserCors =
  (methods: string[]): MiddlewareHandler =>
  async (c, next) => {
    const origin = wellFormedOrigin(c.req.header('origin') ?? '');
    if (origin) c.header('Access-Control-Allow-Origin', origin);
    c.header('Vary', 'Origin');
    if (c.req.method !== 'OPTIONS') return next();
    c.header('Access-Control-Max-Age', '600');
    c.header('Access-Control-Allow-Methods', methods.join(','));
    c.header('Access-Control-Allow-Headers', ALLOW_HEADERS);
    c.header('Vary', 'Access-Control-Request-Headers', { append: true });
    return c.body(null, 204);
  };
