import { cors } from 'hono/cors';

/**
 * For public and session calls only: reflects the caller's Origin (the
 * credential, not the origin, is what authorizes). Secret-only routes never
 * mount this, so a browser can never read their answers.
 */
export const browserCors = (methods: string[]) =>
  cors({
    origin: (origin) => origin,
    allowMethods: methods,
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    maxAge: 600,
  });
