import { en, type Messages } from './en.js';
import { localeLoaders } from './locale-loaders.js';
import type { LocaleTag } from './locale-tags.js';

/** Catalogues ready to use: English, those registered, those loaded. Keys are lower-case tags. */
const ready = new Map<string, Messages>([['en', en]]);
const loading = new Map<string, Promise<Messages>>();

/**
 * Makes messages available for a locale, taking precedence over the one
 * Paydrop ships (to reword it, or add a language). Registered before
 * `mount()`, it is used at once with no request.
 * @example
 * import fr from '@paydrop/widget/i18n/fr';
 * registerLocale('fr', { ...fr, heading: 'Comment souhaitez-vous payer ?' });
 */
export function registerLocale(locale: string, messages: Messages): void {
  ready.set(locale.toLowerCase(), messages);
}

/** What a tag resolved to: `catalogue` names the messages, `locale` is the tag for `lang` and `Intl`. */
export interface LocaleChoice {
  catalogue: string;
  locale: string;
}

/**
 * The first of `requested` (else the browser's languages) Paydrop can speak,
 * each tag trying itself then its language (`pt-BR` → `pt`), else English.
 * A regional tag keeps its region for formatting: `fr-CA` reads French and
 * writes amounts the Canadian way.
 */
export function pickLocale(requested: string | undefined, preferred: readonly string[]): LocaleChoice {
  for (const tag of requested ? [requested] : preferred) {
    const lower = tag.toLowerCase();
    for (const catalogue of [lower, lower.split('-')[0] as string]) {
      if (ready.has(catalogue) || catalogue in localeLoaders) return { catalogue, locale: tag };
    }
  }
  return { catalogue: 'en', locale: 'en' };
}

/** The messages for a tag `pickLocale` returned: at once when known, else from their module. */
export function messagesFor(catalogue: string): Messages | Promise<Messages> {
  const known = ready.get(catalogue);
  if (known) return known;
  let pending = loading.get(catalogue);
  if (!pending) {
    pending = localeLoaders[catalogue as LocaleTag]().then((module) => {
      ready.set(catalogue, module.default);
      return module.default;
    });
    // A failed load (offline, blocked by a policy) is tried again by the next drop-in.
    pending.catch(() => loading.delete(catalogue));
    loading.set(catalogue, pending);
  }
  return pending;
}

/** Scripts written right to left; `dir="rtl"` on the host page mirrors the drop-in too. */
export const isRightToLeft = (locale: string) => /^(ar|fa|he|ur)\b/i.test(locale);
