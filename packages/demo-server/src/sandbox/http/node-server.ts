import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
  STATUS_CODES,
} from 'node:http';
import type { Socket } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { isStrictHost } from '../domain/registered-url.js';

interface Refusal {
  status: number;
  errorType: string;
  message: string;
}

type FetchCallback = Parameters<typeof getRequestListener>[0];

const jsonOf = ({ errorType, message }: Refusal) =>
  JSON.stringify({ success: false, error_type: errorType, message });

const responseOf = (refusal: Refusal) =>
  new Response(jsonOf(refusal), { status: refusal.status, headers: { 'content-type': 'application/json' } });

const malformed: Refusal = {
  status: 400,
  errorType: 'request.malformed',
  message: 'The request is not valid HTTP/1.1',
};

/** What Node's parser refuses before any request exists (its own answers would be empty and not JSON). */
const parserRefusals: Record<string, Refusal> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    errorType: 'request.headers-too-large',
    message: 'The request headers are too large',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    errorType: 'request.timeout',
    message: 'The request took too long to arrive',
  },
};

/**
 * `host[:port]` with a strict host: the Host header names the sandbox in the
 * request URL that routes see (and, without a public URL, in the links it
 * builds), so it is checked like any other input. Node would answer a missing
 * one with an empty 400 of its own.
 */
function hostRefusal(host: string | undefined): Refusal | undefined {
  const match = /^([^:[\]]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.exec(host ?? '');
  if (match?.[1] && isStrictHost(match[1].toLowerCase())) return undefined;
  const message = host === undefined ? 'A Host header is required' : 'The Host header is not a host name';
  return { status: 400, errorType: 'request.bad-host', message };
}

function refuse(res: ServerResponse, refusal: Refusal): void {
  const body = jsonOf(refusal);
  res.writeHead(refusal.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

/** No request or response exists yet: the answer is written to the socket by hand, then it is closed. */
function onClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  const refusal = parserRefusals[error.code ?? ''] ?? malformed;
  const body = jsonOf(refusal);
  // A HEAD is answered without its body: a client reads any byte after the head as the next response.
  const head =
    (error as NodeJS.ErrnoException & { rawPacket?: Buffer }).rawPacket?.subarray(0, 5).toString('latin1') ===
    'HEAD ';
  socket.end(
    `HTTP/1.1 ${refusal.status} ${STATUS_CODES[refusal.status]}\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${head ? '' : body}`,
  );
}

/** The adapter's own refusals (a backslash in the path, a URL it cannot build) come here instead of an empty 400. */
function adapterError(error: unknown): Response {
  if (error instanceof Error && error.name === 'RequestError') return responseOf(malformed);
  console.error('[sandbox] adapter error', error);
  return responseOf({ status: 500, errorType: 'sandbox.internal', message: 'Internal sandbox error' });
}

/**
 * The sandbox's HTTP server: every answer is JSON with an `error_type`, even
 * those Node and the Hono adapter would give by themselves. The adapter's
 * clean-up of unread bodies is off: it cuts the socket 500 ms after the
 * answer, which loses a 413 in a reset while the client still uploads;
 * http/body.ts drains instead, and Node discards what no route reads.
 */
export function createSandboxServer(fetch: FetchCallback): Server {
  const listener = getRequestListener(fetch, { autoCleanupIncoming: false, errorHandler: adapterError });
  const server = createServer({ requireHostHeader: false }, (req: IncomingMessage, res: ServerResponse) => {
    const refusal = hostRefusal(req.headers.host);
    if (refusal) refuse(res, refusal);
    else void listener(req, res);
  });
  server.on('clientError', onClientError);
  return server;
}
