import { connect } from 'node:net';
import fc from 'fast-check';

export interface RawResult {
  /** Everything the server sent before it closed (or the wait ended). */
  raw: string;
  /** The server neither answered nor closed in time. */
  hung: boolean;
}

/** Writes `bytes` as given and reads until the server closes, or one complete answer is in. */
export function rawSend(base: string, bytes: Buffer, timeoutMs = 10_000): Promise<RawResult> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (hung: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ raw: Buffer.concat(chunks).toString('latin1'), hung });
    };
    const socket = connect(Number(port), hostname, () => socket.end(bytes));
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (complete(Buffer.concat(chunks).toString('latin1'))) finish(false);
    });
    socket.on('error', () => finish(false));
    socket.on('close', () => finish(false));
    const timer = setTimeout(() => finish(true), timeoutMs);
  });
}

function complete(raw: string): boolean {
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) return false;
  const length = /\r\ncontent-length:\s*(\d+)/i.exec(raw.slice(0, end))?.[1];
  return length !== undefined && raw.length >= end + 4 + Number(length);
}

export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export function firstAnswer(raw: string): RawAnswer | undefined {
  const end = raw.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  const [statusLine = '', ...lines] = raw.slice(0, end).split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  if (!status) return undefined;
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const length = Number(headers['content-length'] ?? Number.NaN);
  const rest = raw.slice(end + 4);
  return { status: Number(status), headers, body: Number.isNaN(length) ? rest : rest.slice(0, length) };
}

const METHODS = [
  'GET',
  'POST',
  'PUT',
  'DELETE',
  'OPTIONS',
  'HEAD',
  'G ET',
  'GET\u0000',
  'POST /',
  '',
  'get',
  'PRI',
  'CONNECT',
  '\u00ff\u00fe',
];
const VERSIONS = [
  'HTTP/1.1',
  'HTTP/1.0',
  'HTTP/1.1',
  'HTTP/2.0',
  'HTTP/0.9',
  'HTTP/1.1x',
  'HTTP/9.9',
  'http/1.1',
  '',
  'HTTP/1.1 extra',
];
const TARGETS = (paths: string[]) => [
  ...paths,
  '*',
  '',
  'http://evil.example/customers',
  '//customers',
  '/customers\\..\\events',
  '/customers/%zz',
  '/customers/%c3%28',
  '/customers/\u00ff\u00fe',
  '/customers/a\u0000b',
  '/customers/ spaced',
  `/${'a'.repeat(9000)}`,
  '/checkout/flows/%00/cancel',
  '/logos/..%2f..%2fpackage.json',
  '/assets/../../.env',
  '/%2e%2e/%2e%2e/etc/passwd',
];
const HOSTS = (host: string) => [
  [`Host: ${host}`],
  [`Host: ${host}`],
  [],
  ['Host:'],
  ['Host: evil.example;fzinj'],
  ['Host: a b'],
  ['Host: [::1'],
  [`Host: ${host}`, 'Host: evil.example'],
  ['Host: 127.0.0.1:99999'],
  ['Host: \u00ff'],
  [`Host: ${host}/path`],
  [`Host: user@${host}`],
];
const HEADERS = [
  [],
  ['Content-Type: application/json'],
  ['Content-Type: application/x-www-form-urlencoded'],
  ['Transfer-Encoding: chunked'],
  ['Transfer-Encoding: chunked', 'Content-Length: 3'],
  ['Content-Length: 3', 'Content-Length: 4'],
  ['Content-Length: -1'],
  ['Content-Length: 1e3'],
  ['Content-Length: 99999999999999999999'],
  ['Content-Length: 100000'],
  ['Transfer-Encoding: gzip, chunked'],
  ['Transfer-Encoding: identity'],
  ['NoColonHeader'],
  [' Folded: header', '  continued'],
  ['X-Fold: a', ' b'],
  ['Bad Name: x'],
  ['X-Nul: a\u0000b'],
  [`X-Huge: ${'h'.repeat(20_000)}`],
  ['Authorization: Basic \u00ff\u00fe'],
  ['Expect: 100-continue'],
  ['Connection: upgrade', 'Upgrade: websocket'],
  ['Origin: https://evil.example;fzinj'],
];
const BODIES = [
  '',
  '{}',
  '{"first_name":"Ada"}',
  'first_name=Ada',
  '3\r\nabc\r\n0\r\n\r\n',
  'zz\r\nabc\r\n0\r\n\r\n',
  '5\r\nab\r\n',
  '{"a":',
  '\u00ff\u00fe\u00fd',
  'x'.repeat(70_000),
];

/** A request as raw bytes, mostly HTTP, with one or more parts broken. */
export function rawRequest(host: string, paths: string[]): fc.Arbitrary<{ bytes: Buffer; text: string }> {
  return fc
    .record({
      method: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('GET', 'POST') },
        { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
      ),
      target: fc.constantFrom(...TARGETS(paths)),
      version: fc.constantFrom(...VERSIONS),
      host: fc.constantFrom(...HOSTS(host)),
      headers: fc.constantFrom(...HEADERS),
      auth: fc.boolean(),
      body: fc.constantFrom(...BODIES),
      newline: fc.constantFrom('\r\n', '\r\n', '\r\n', '\n', '\r'),
      close: fc.boolean(),
      pipelined: fc.option(
        fc.constantFrom(
          'GET / HTTP/1.1\r\nHost: x\r\n\r\n',
          'garbage\r\n\r\n',
          `GET /events HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
        ),
        { freq: 4 },
      ),
      truncate: fc.option(fc.integer({ min: 1, max: 60 }), { freq: 6 }),
    })
    .map((r) => {
      const nl = r.newline;
      const lines = [`${r.method} ${r.target} ${r.version}`.replace(/ $/, ''), ...r.host, ...r.headers];
      if (r.auth) lines.push('Authorization: Basic dGVzdDp0ZXN0');
      if (r.close) lines.push('Connection: close');
      if (!r.headers.some((h) => /^(content-length|transfer-encoding)/i.test(h)) && r.body) {
        lines.push(`Content-Length: ${Buffer.byteLength(r.body, 'latin1')}`);
      }
      let text = `${lines.join(nl)}${nl}${nl}${r.body}${r.pipelined ?? ''}`;
      if (r.truncate !== null) text = text.slice(0, Math.max(1, text.length - r.truncate));
      return { bytes: Buffer.from(text, 'latin1'), text };
    });
}
