import type { FlowMode, PopupBlockedFallback } from '../types.js';
import { check, invalidOptions, MODES, oneOf } from './option-checks.js';

export const DEFAULT_API_URL = 'http://127.0.0.1:4010';

const SHAPE =
  "createClient({ projectId: 'test-proj_…', apiUrl?, checkoutUrl?, locale?, mode?, popupBlocked? })";

export interface ResolvedClientOptions {
  projectId: string;
  apiUrl: string;
  checkoutUrl: string;
  locale: string | undefined;
  mode: FlowMode;
  popupBlocked: PopupBlockedFallback;
}

function baseUrl(value: unknown, key: string): string {
  try {
    const url = new URL(value as string);
    // Trailing slashes would double up when paths are appended.
    if (/^https?:$/.test(url.protocol)) return url.href.replace(/\/+$/, '');
  } catch {
    // Not a URL at all: reported below like any other bad value.
  }
  return invalidOptions(`${key} must be an http(s) URL`, SHAPE);
}

/** Hand-written on purpose: a schema library would cost more bytes than the whole engine. */
export function resolveClientOptions(options: unknown): ResolvedClientOptions {
  const {
    projectId,
    apiUrl = DEFAULT_API_URL,
    checkoutUrl,
    locale,
    mode = 'auto',
    popupBlocked = 'continue',
  } = (options ?? {}) as Record<string, unknown>;
  // The secret key (`key_…`) must never reach a browser: refused early, a copy-paste mistake costs nothing.
  check(
    typeof projectId === 'string' && /^(?!key_)[\w-]+$/.test(projectId),
    'projectId must be your public project ID',
    SHAPE,
  );
  check(
    locale === undefined || (typeof locale === 'string' && locale),
    'locale must be a language tag',
    SHAPE,
  );
  const api = baseUrl(apiUrl, 'apiUrl');
  return {
    projectId: projectId as string,
    apiUrl: api,
    checkoutUrl: checkoutUrl === undefined ? api : baseUrl(checkoutUrl, 'checkoutUrl'),
    locale: locale as string | undefined,
    mode: oneOf(mode, MODES, 'mode', SHAPE) as FlowMode,
    popupBlocked: oneOf<PopupBlockedFallback>(
      popupBlocked,
      ['continue', 'redirect'],
      'popupBlocked',
      SHAPE,
    ) as PopupBlockedFallback,
  };
}
