import type { Context } from 'hono';
import { ApiError } from './api-error.js';

export type Body = Record<string, unknown>;

/**
 * JSON or form-encoded (curl `-d key=value`), into one plain object.
 * Form keys like `metadata[plan]=pro` nest one level, as the seeds' SDKs send them.
 */
export async function readBody(c: Context): Promise<Body> {
  const type = c.req.header('content-type') ?? '';
  const text = await c.req.text();
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
