/** The locales shipped besides English, each a module of its own in `locales/`, loaded on demand. */
export const LOCALE_TAGS = ['ar', 'de', 'es', 'fr', 'it', 'ja', 'nl', 'pl', 'pt', 'sv', 'zh'] as const;
export type LocaleTag = (typeof LOCALE_TAGS)[number];
