import { Agent, request } from 'node:http';

export interface FuzzRequest {
  method: string;
  /** The request target as written on the wire: raw bytes above 0x7f are sent as latin1 (so invalid UTF-8). */
  path: string;
  headers: Record<string, string | string[]>;
  body?: Buffer | undefined;
}

export interface FuzzResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  /** The request never got an answer (the socket was reset or timed out). */
  error?: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Bodies of streams that never end (server-sent events) are cut after their head. */
const STREAM_TYPES = ['text/event-stream'];

/**
 * One request through node:http, which (unlike fetch) sends the path and
 * header bytes as given: bad percent-encoding, latin1 bytes, duplicate
 * headers, any method. Resolves with whatever came back; never throws.
 */
export function send(base: string, req: FuzzRequest, timeoutMs = 10_000): Promise<FuzzResponse> {
  const { hostname, port } = new URL(base);
  // node:http sends a DELETE's or an OPTIONS' body without a length (the server would read it as the next request).
  const headers =
    req.body && !('content-length' in req.headers)
      ? { ...req.headers, 'content-length': String(req.body.length) }
      : req.headers;
  return new Promise((resolve) => {
    let settled = false;
    const done = (response: FuzzResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(response);
    };
    const timer = setTimeout(() => {
      outgoing.destroy();
      done({ status: 0, headers: {}, text: '', error: 'timeout' });
    }, timeoutMs);
    let outgoing: ReturnType<typeof request>;
    try {
      outgoing = request(
        {
          agent,
          host: hostname,
          port,
          method: req.method,
          path: req.path,
          headers,
          insecureHTTPParser: false,
        },
        (res) => {
          const type = String(res.headers['content-type'] ?? '');
          if (STREAM_TYPES.some((t) => type.includes(t))) {
            res.destroy();
            done({ status: res.statusCode ?? 0, headers: res.headers, text: '' });
            return;
          }
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            done({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          res.on('error', (e) =>
            done({ status: res.statusCode ?? 0, headers: res.headers, text: '', error: e.message }),
          );
        },
      );
    } catch (e) {
      // node:http refused to send it (a method or header it cannot write): nothing reached the server.
      clearTimeout(timer);
      settled = true;
      resolve({ status: 0, headers: {}, text: '', error: `client: ${(e as Error).message}` });
      return;
    }
    outgoing.on('error', (e: NodeJS.ErrnoException) =>
      done({ status: 0, headers: {}, text: '', error: e.code ?? e.message }),
    );
    outgoing.end(req.body);
  });
}

export function closeAgent(): void {
  agent.destroy();
}
