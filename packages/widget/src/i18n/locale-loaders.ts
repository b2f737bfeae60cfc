import type { Messages } from './en.js';
import type { LocaleTag } from './locale-tags.js';

export type LocaleLoader = () => Promise<{ default: Messages }>;

/**
 * One `import()` per locale, each with a literal specifier, so that the
 * merchant's bundler (and ours for the ESM build) splits every locale into
 * a chunk of its own. The script tag swaps this module for
 * `locale-loaders.script.ts` (see vite.config.ts).
 */
export const localeLoaders: Record<LocaleTag, LocaleLoader> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  it: () => import('./locales/it.js'),
  ja: () => import('./locales/ja.js'),
  nl: () => import('./locales/nl.js'),
  pl: () => import('./locales/pl.js'),
  pt: () => import('./locales/pt.js'),
  sv: () => import('./locales/sv.js'),
  zh: () => import('./locales/zh.js'),
};
