import { cors } from 'hono/cors';
import { isStrictHost } from '../domain/registered-url.js';

/** `scheme://host[:port]`, as browsers send it; anything else (`null`, a path, `;`) gets no grant. */
export function wellFormedOrigin(origin: string): string | null {
  const match = /^https?:\/\/([^/:]+|\[[^\]]+\])(?::(\d{1,5}))?$/.exec(origin);
  return match?.[1] && isStrictHost(match[1].toLowerCase()) ? origin : null;
}

/**
 * For public and session calls only: reflects the caller's Origin when it is
 * well formed (the credential, not the origin, is what authorizes; the
 * header is still only built from a validated value). Secret-only routes never
 * mount this, so a browser can never read their answers.
 */
export const browserCors = (methods: string[]) =>
  cors({
    origin: wellFormedOrigin,
    allowMethods: methods,
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    maxAge: 600,
  });
