import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { ApiError } from './api-error.js';

export type Body = Record<string, unknown>;

/** Requests are small JSON or form bodies; anything larger is a mistake or an attack. */
export const MAX_BODY_BYTES = 64 * 1024;
/**
 * After a 413 the rest of the upload is read and dropped, up to this much:
 * cutting the connection while the client still sends makes its kernel drop
 * the 413 with the reset. Past this, the client is flooding, and is cut.
 */
const DRAIN_LIMIT_BYTES = 64 * 1024 * 1024;

const tooLarge = () =>
  new ApiError(413, 'request.too-large', `Request bodies are limited to ${MAX_BODY_BYTES / 1024} KiB`);

const texts = new WeakMap<Request, Promise<string>>();

/**
 * The body as text, read once per request (the idempotency check and the
 * route share it) and refused with 413 past `MAX_BODY_BYTES`. The limit is
 * enforced here, where bodies are read, rather than by an app-wide middleware:
 * requests that carry no body then pay nothing for it.
 */
export function readText(c: Context): Promise<string> {
  let text = texts.get(c.req.raw);
  if (!text) {
    text = readLimited(c);
    texts.set(c.req.raw, text);
  }
  return text;
}

async function readLimited(c: Context): Promise<string> {
  const declared = c.req.header('content-length');
  if (declared === '0') return '';
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  // On Node, read the socket's stream itself: touching `c.req.raw.body` makes the adapter build a whole
  // web Request (headers copied, an AbortSignal, a web stream over the Node one), a fifth of a save's CPU.
  if (incoming instanceof Readable) return readIncoming(incoming, declared);
  const body = c.req.raw.body;
  if (!body) return '';
  const reader = body.getReader();
  if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) {
    void drain(reader, 0);
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY_BYTES) {
      void drain(reader, size);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, read: number): Promise<void> {
  let size = read;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > DRAIN_LIMIT_BYTES) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away mid-upload: nothing left to drain.
  }
}

function readIncoming(incoming: IncomingMessage, declared: string | undefined): Promise<string> {
  if (declared !== undefined && Number(declared) > MAX_BODY_BYTES) {
    drainIncoming(incoming, 0);
    return Promise.reject(tooLarge());
  }
  if (incoming.readableEnded) return Promise.resolve('');
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > MAX_BODY_BYTES) {
        stop();
        drainIncoming(incoming, size);
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      // Invalid UTF-8 becomes U+FFFD, as TextDecoder does.
      resolve(Buffer.concat(chunks, size).toString('utf8'));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onClose = () => {
      stop();
      reject(new Error('The client closed the connection before sending the whole body'));
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}

function drainIncoming(incoming: IncomingMessage, read: number): void {
  let size = read;
  incoming.on('data', (chunk: Buffer) => {
    size += chunk.byteLength;
    if (size > DRAIN_LIMIT_BYTES) incoming.destroy();
  });
  incoming.on('error', () => {}); // the client went away mid-upload: nothing left to drain
  incoming.resume();
}

/**
 * JSON or form-encoded (curl `-d key=value`), into one plain object.
 * Form keys like `metadata[plan]=pro` nest one level, as the seeds' SDKs send them.
 */
export async function readBody(c: Context): Promise<Body> {
  const type = c.req.header('content-type') ?? '';
  const text = await readText(c);
  if (text.trim() === '') return {};
  if (type.includes('application/json')) return parseJson(text);
  if (type.includes('application/x-www-form-urlencoded') || type === '') return parseForm(text);
  throw new ApiError(415, 'request.unsupported-media-type', 'Send application/json or form-encoded bodies');
}

function parseJson(text: string): Body {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'request.malformed-json', 'The request body is not valid JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError(400, 'request.malformed-json', 'The request body must be a JSON object');
  }
  return value as Body;
}

const nested = /^([A-Za-z0-9_]+)\[([^\]]*)\]$/;

export function parseForm(text: string): Body {
  const body: Body = Object.create(null);
  for (const [key, value] of new URLSearchParams(text)) {
    const match = nested.exec(key);
    if (!match) {
      body[key] = value;
      continue;
    }
    const [, parent = '', child = ''] = match;
    const existing = body[parent];
    const group =
      typeof existing === 'object' && existing !== null ? (existing as Body) : Object.create(null);
    group[child] = value;
    body[parent] = group;
  }
  return { ...body };
}
