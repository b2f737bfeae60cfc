import { en, type MessageKey, type Messages } from './en.js';

export type MessageParams = Record<string, string>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

// English is the only catalogue bundled by default; others are opt-in so the
// script-tag build stays small.
const catalogues = new Map<string, Messages>([['en', en]]);

/**
 * Makes a locale's messages available to `createTranslator` and the drop-in UI.
 * @example
 * import { fr } from '@paydrop/widget/i18n/fr';
 * registerLocale('fr', fr);
 */
export function registerLocale(locale: string, messages: Messages): void {
  catalogues.set(locale.toLowerCase(), messages);
}

/** `fr-CA` falls back to `fr`, and anything unknown to English. */
export function resolveMessages(locale: string | undefined): Messages {
  const tag = (locale ?? 'en').toLowerCase();
  return catalogues.get(tag) ?? catalogues.get(tag.split('-')[0] ?? '') ?? en;
}

/** Replaces `{name}` placeholders; unknown placeholders are left as they are. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => params[name] ?? match);
}

export function createTranslator(locale?: string): Translate {
  const messages = resolveMessages(locale);
  return (key, params) => interpolate(messages[key], params);
}
