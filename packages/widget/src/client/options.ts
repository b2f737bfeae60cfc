import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import type { ClientOptions, FlowMode, PopupBlockedFallback } from '../types.js';

export const DEFAULT_API_URL = 'http://127.0.0.1:4010';

const SHAPE =
  "createClient({ projectId: 'test-proj_…', apiUrl?: 'https://…', checkoutUrl?: 'https://…', locale?: 'en', " +
  "mode?: 'auto' | 'popup' | 'redirect' | 'new-tab', popupBlocked?: 'continue' | 'redirect' })";

export const MODES: readonly FlowMode[] = ['auto', 'popup', 'redirect', 'new-tab'];
const FALLBACKS: readonly PopupBlockedFallback[] = ['continue', 'redirect'];

export interface ResolvedClientOptions {
  projectId: string;
  apiUrl: string;
  checkoutUrl: string;
  locale: string;
  mode: FlowMode;
  popupBlocked: PopupBlockedFallback;
}

/** Throws an error whose message shows the whole expected call, so the fix is obvious from the console. */
export function invalidOptions(problem: string, shape = SHAPE): never {
  throw new InvalidOptionsError(`${problem}. Expected ${shape}`);
}

function baseUrl(value: unknown, key: string): string | undefined {
  if (value === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    invalidOptions(`${key} must be an http(s) URL`);
  }
  // Trailing slashes would double up when paths are appended.
  return url.href.replace(/\/+$/, '');
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], key: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (!allowed.includes(value as T)) invalidOptions(`${key} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** Hand-written on purpose: a schema library would cost more bytes than the whole engine. */
export function resolveClientOptions(options: unknown): ResolvedClientOptions {
  const o = (options ?? {}) as Partial<Record<keyof ClientOptions, unknown>>;
  const { projectId } = o;
  if (typeof projectId !== 'string' || !/^[\w-]+$/.test(projectId)) {
    invalidOptions('projectId must be your public project ID');
  }
  // The secret key must never reach a browser; refusing it early limits the damage of a copy-paste mistake.
  if (projectId.startsWith('key_')) invalidOptions('projectId is a secret key');
  if (o.locale !== undefined && (typeof o.locale !== 'string' || o.locale === '')) {
    invalidOptions('locale must be a language tag');
  }
  const apiUrl = baseUrl(o.apiUrl, 'apiUrl') ?? DEFAULT_API_URL;
  return {
    projectId,
    apiUrl,
    checkoutUrl: baseUrl(o.checkoutUrl, 'checkoutUrl') ?? apiUrl,
    locale: (o.locale as string | undefined) ?? 'en',
    mode: oneOf(o.mode, MODES, 'mode', 'auto'),
    popupBlocked: oneOf(o.popupBlocked, FALLBACKS, 'popupBlocked', 'continue'),
  };
}
