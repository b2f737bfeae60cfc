import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  body: Record<string, unknown> & { error_type?: string };
}

/**
 * A client on a slow link, over a raw socket: the request line and headers go
 * out at once, the body `delayMs` later. The server has routed the request
 * (and authenticated it) by the time the body arrives, which is the window in
 * which a handler that loaded state before reading its body goes stale.
 */
export function slowRequest(
  baseUrl: string,
  request: { method: string; path: string; authorization: string; body: Record<string, string> },
  delayMs: number,
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  const body = JSON.stringify(request.body);
  const head = [
    `${request.method} ${request.path} HTTP/1.1`,
    `Host: ${hostname}:${port}`,
    `Authorization: ${request.authorization}`,
    'Content-Type: application/json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Connection: close',
    '',
    '',
  ].join('\r\n');
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(head);
      setTimeout(() => socket.write(body), delayMs);
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => resolve(parseResponse(Buffer.concat(chunks))));
  });
}

function parseResponse(raw: Buffer): RawResponse {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, split).toString('latin1');
  let payload = raw.subarray(split + 4);
  if (/^transfer-encoding:\s*chunked/im.test(head)) payload = unchunk(payload);
  return { status: Number(head.split(' ')[1]), body: JSON.parse(payload.toString('utf8')) };
}

/** Chunk sizes count bytes, so this works on bytes, not on decoded text. */
function unchunk(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = data.indexOf('\r\n', at);
    const size = Number.parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) return Buffer.concat(parts);
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
}
