import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type TestSandbox } from './helpers.js';
import { rawExchange } from './raw-http.js';

/**
 * What Node's HTTP parser and the Hono adapter answer by themselves (a bad
 * Host, a backslash in the path, a request that is not HTTP) is JSON with an
 * `error_type`, like every other sandbox answer.
 */
let t: TestSandbox;
beforeAll(async () => {
  t = await startSandbox();
});
afterAll(() => t.close());

const host = () => new URL(t.url).host;

const cases: Array<[string, () => string, number, string]> = [
  ['a request without a Host header', () => 'GET /customers HTTP/1.1\r\n\r\n', 400, 'request.bad-host'],
  ['a Host with a space', () => 'GET /customers HTTP/1.1\r\nHost: a b\r\n\r\n', 400, 'request.bad-host'],
  [
    'a Host with a semicolon',
    () => 'GET /customers HTTP/1.1\r\nHost: exa;mple.com\r\n\r\n',
    400,
    'request.bad-host',
  ],
  [
    'a Host with a path',
    () => 'GET /customers HTTP/1.1\r\nHost: example.com/x\r\n\r\n',
    400,
    'request.bad-host',
  ],
  ['an HTTP/1.0 request without a Host', () => 'GET /customers HTTP/1.0\r\n\r\n', 400, 'request.bad-host'],
  [
    'a backslash in the path',
    () => `GET /a\\b HTTP/1.1\r\nHost: ${host()}\r\n\r\n`,
    400,
    'request.malformed',
  ],
  ['a request line that is not HTTP', () => 'HELLO\r\n\r\n', 400, 'request.malformed'],
  [
    'a bad Content-Length',
    () => `POST /customers HTTP/1.1\r\nHost: ${host()}\r\nContent-Length: x\r\n\r\n`,
    400,
    'request.malformed',
  ],
  [
    'a broken chunked body',
    () => `POST /customers HTTP/1.1\r\nHost: ${host()}\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n`,
    400,
    'request.malformed',
  ],
  [
    'headers over the size limit',
    () => `GET /customers HTTP/1.1\r\nHost: ${host()}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    431,
    'request.headers-too-large',
  ],
];

describe('answers the adapter and parser give by themselves', () => {
  for (const [what, request, status, errorType] of cases) {
    it(`${what} gets ${status} JSON with error_type ${errorType}`, async () => {
      const answer = await rawExchange(t.url, request());
      expect(answer.status, answer.body).toBe(status);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body)).toMatchObject({ success: false, error_type: errorType });
    });
  }

  it('still answers normally after all of them', async () => {
    for (const [, request] of cases) await rawExchange(t.url, request());
    const res = await t.api('GET', '/gateway-configurations', undefined, { auth: 'public' });
    expect(res.status).toBe(200);
  });

  it('takes a Host with a port, an IP or an IPv6 literal', async () => {
    for (const value of [host(), 'localhost', '127.0.0.1:80', '[::1]:4010', 'sandbox.example']) {
      const answer = await rawExchange(
        t.url,
        `GET /nope HTTP/1.1\r\nHost: ${value}\r\nConnection: close\r\n\r\n`,
      );
      expect(answer.status, value).toBe(404);
      expect(JSON.parse(answer.body).error_type).toBe('resource.not-found');
    }
  });

  // Found by the fuzz suite: the parser's refusal of a HEAD carried a body, which a keep-alive client then
  // reads as the start of the next response (node:http failed the request with HPE_CLOSED_CONNECTION).
  it('answers a HEAD it cannot parse with the head alone', async () => {
    const raw = Buffer.from(`HEAD /customers/\u00f3\u00a9 HTTP/1.1\r\nHost: ${host()}\r\n\r\n`, 'latin1');
    const answer = await rawExchange(t.url, raw);
    expect(answer.status).toBe(400);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(answer.raw.endsWith('\r\n\r\n'), answer.raw).toBe(true);
  });
});
