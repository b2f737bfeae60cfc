import type { FlowMode, PopupBlockedFallback } from '../types.js';
import { invalidOptions, MODES, oneOf } from './option-checks.js';

export const DEFAULT_API_URL = 'http://127.0.0.1:4010';

const SHAPE =
  "createClient({ projectId: 'test-proj_…', apiUrl?: 'https://…', checkoutUrl?, locale?, mode?, popupBlocked? })";

export interface ResolvedClientOptions {
  projectId: string;
  apiUrl: string;
  checkoutUrl: string;
  locale: string | undefined;
  mode: FlowMode;
  popupBlocked: PopupBlockedFallback;
}

function baseUrl(value: unknown, key: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value as string);
    // Trailing slashes would double up when paths are appended.
    if (/^https?:$/.test(url.protocol)) return url.href.replace(/\/+$/, '');
  } catch {
    // Not a URL at all: reported below like any other bad value.
  }
  invalidOptions(`${key} must be an http(s) URL`, SHAPE);
}

/** Hand-written on purpose: a schema library would cost more bytes than the whole engine. */
export function resolveClientOptions(options: unknown): ResolvedClientOptions {
  const { projectId, apiUrl, checkoutUrl, locale, mode, popupBlocked } = (options ?? {}) as Record<
    string,
    unknown
  >;
  if (typeof projectId !== 'string' || !/^[\w-]+$/.test(projectId)) {
    invalidOptions('projectId must be your public project ID', SHAPE);
  }
  // The secret key must never reach a browser; refusing it early limits the damage of a copy-paste mistake.
  if (projectId.startsWith('key_')) invalidOptions('projectId is a secret key', SHAPE);
  if (locale !== undefined && (typeof locale !== 'string' || locale === '')) {
    invalidOptions('locale must be a language tag', SHAPE);
  }
  const api = baseUrl(apiUrl, 'apiUrl') ?? DEFAULT_API_URL;
  return {
    projectId,
    apiUrl: api,
    checkoutUrl: baseUrl(checkoutUrl, 'checkoutUrl') ?? api,
    locale: locale as string | undefined,
    mode: oneOf(mode, MODES, 'mode', SHAPE) ?? 'auto',
    popupBlocked:
      oneOf<PopupBlockedFallback>(popupBlocked, ['continue', 'redirect'], 'popupBlocked', SHAPE) ??
      'continue',
  };
}
