import { connect, type Socket } from 'node:net';

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Everything the server sent, later pipelined responses included. */
  raw: string;
  /** The socket error, if the server reset the connection instead of closing it. */
  error?: string;
}

/** Splits what the server sent into its first response's status line, headers and body. */
export function parseRaw(raw: string): RawAnswer {
  const end = raw.indexOf('\r\n\r\n');
  const head = end === -1 ? raw : raw.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  const length = Number(headers['content-length'] ?? Number.NaN);
  const rest = end === -1 ? '' : raw.slice(end + 4);
  return {
    raw,
    status: Number(statusLine.split(' ')[1] ?? 0),
    headers,
    body: Number.isNaN(length) ? rest : rest.slice(0, length),
  };
}

/** A raw HTTP/1.x exchange: writes `request` as given, reads until the server closes. */
export function rawExchange(baseUrl: string, request: string | Buffer): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    collect(socket).then(resolve);
  });
}

/** Everything the server sends on `socket`, until it closes; a reset is reported, not thrown. */
export function collect(socket: Socket): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let error: string | undefined;
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error = e.code ?? e.message;
    });
    socket.on('close', () => {
      const answer = parseRaw(Buffer.concat(chunks).toString('utf8'));
      resolve(error ? { ...answer, error } : answer);
    });
  });
}

/** Resolves once `socket` has received `text`. */
export function received(socket: Socket, text: string): Promise<void> {
  return new Promise((resolve) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (!seen.includes(text)) return;
      socket.off('data', onData);
      resolve();
    };
    socket.on('data', onData);
  });
}
