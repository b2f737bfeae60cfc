import { expect } from 'vitest';
import { basic, type TestSandbox } from '../helpers.js';
import { type SdkMethod, sdkMethod } from './wire.js';

/** Options the SDK copies into a request's data when a caller passes them (`Request.getData`). */
const LIST_OPTIONS = ['expand', 'filter', 'limit', 'end_before', 'start_after'];

export interface SdkCallOptions {
  /** Form-encoded, as curl `-d` sends the same call: only the fields set, `metadata[key]=value` nested. */
  form?: boolean;
  idempotencyKey?: string;
  /** Fields the SDK never sends, to test what the sandbox refuses. */
  extra?: Record<string, unknown>;
}

export interface SdkResult {
  status: number;
  body: Record<string, unknown> & { success?: boolean; error_type?: string; invalid_fields?: string[] };
}

function pathOf(method: SdkMethod, params: Record<string, string>): string {
  return method.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${method.name} needs ${name}`);
    return encodeURI(value);
  });
}

function bodyOf(method: SdkMethod, given: Record<string, unknown>, extra: Record<string, unknown>) {
  const fields = method.body ?? [];
  const unknown = Object.keys(given).filter((key) => !fields.includes(key));
  if (unknown.length > 0) throw new Error(`${method.name} never sends ${unknown.join(', ')}`);
  return { ...Object.fromEntries(fields.map((field) => [field, given[field] ?? null])), ...extra };
}

function formOf(body: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(body)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'object') {
      for (const [sub, inner] of Object.entries(value)) form.append(`${key}[${sub}]`, String(inner));
    } else {
      form.append(key, String(value));
    }
  }
  return form.toString();
}

/** The query a GET or DELETE carries: `key=` + encodeURIComponent(value), so `null` is sent as `null`. */
function queryOf(method: SdkMethod, given: Record<string, unknown>): string {
  const keys = [...(method.query ?? []), ...LIST_OPTIONS.filter((key) => key in given)];
  const pairs = keys.map((key) => `${key}=${encodeURIComponent(String(given[key] ?? null))}`);
  return pairs.length > 0 ? `?${pairs.join('&')}` : '';
}

/**
 * Sends requests exactly as the official Node SDK does (see `wire.ts`) to a
 * test sandbox, and remembers which methods a test called.
 */
export function sdkClient(t: TestSandbox) {
  const called = new Set<string>();
  const headers = (form: boolean) => ({
    authorization: basic(t.project.id, t.project.secret),
    'api-version': '1.4.0.0',
    'user-agent': 'ProcessOut NodeJS-Bindings/8.0.0',
    'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json',
    accept: 'application/json',
  });

  async function call(
    name: string,
    params: Record<string, string> = {},
    given: Record<string, unknown> = {},
    options: SdkCallOptions = {},
  ): Promise<SdkResult> {
    const method = sdkMethod(name);
    called.add(name);
    const sendsBody = method.method === 'POST' || method.method === 'PUT';
    const body = sendsBody ? bodyOf(method, given, options.extra ?? {}) : undefined;
    const url = `${t.url}${pathOf(method, params)}${sendsBody ? '' : queryOf(method, given)}`;
    const response = await fetch(url, {
      method: method.method,
      headers: {
        ...headers(options.form === true),
        ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
      },
      body: body === undefined ? undefined : options.form ? formOf(body) : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as SdkResult['body'] };
  }

  /** Calls, expects `success`, checks every field the SDK reads is there, and returns what it reads. */
  async function ok<T = Record<string, unknown>>(
    name: string,
    params: Record<string, string> = {},
    given: Record<string, unknown> = {},
    options: SdkCallOptions = {},
  ): Promise<T> {
    const result = await call(name, params, given, options);
    expect(result.body, `${name} answered ${result.status}`).toMatchObject({ success: true });
    const reads = sdkMethod(name).reads;
    if (!reads) return result.body as T;
    const read = result.body[reads.key];
    const objects = reads.list ? (read as Record<string, unknown>[]) : [read as Record<string, unknown>];
    expect(objects.length, `${name} listed nothing to check`).toBeGreaterThan(0);
    for (const object of objects)
      expect(Object.keys(object)).toEqual(expect.arrayContaining([...reads.fields]));
    return read as T;
  }

  return { call, ok, called };
}

export type SdkClient = ReturnType<typeof sdkClient>;
