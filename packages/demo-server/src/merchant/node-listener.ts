import { getRequestListener } from '@hono/node-server';

type FetchCallback = Parameters<typeof getRequestListener>[0];

const json = (status: number, errorType: string, message: string) =>
  new Response(JSON.stringify({ success: false, error_type: errorType, message }), {
    status,
    headers: { 'content-type': 'application/json' },
  });

/**
 * The merchant app as a Node request listener (Vite mounts it under /api in
 * `pnpm dev`). What the Hono adapter refuses before any route runs (a
 * backslash in the path, a Host it cannot build a URL from) is answered in
 * JSON with an `error_type` like every merchant answer, not an empty or
 * text/plain 400.
 */
export function merchantListener(fetch: FetchCallback) {
  return getRequestListener(fetch, {
    errorHandler: (error) => {
      if (error instanceof Error && error.name === 'RequestError') {
        return json(400, 'request.malformed', 'The request is not valid HTTP/1.1');
      }
      console.error('[merchant] adapter error', error);
      return json(500, 'merchant.internal', 'Internal error');
    },
  });
}
