import { scriptBase } from '../i18n/locale-loaders.script.js';

/** The script tag's: `dist/saved.mjs`, which imports nothing, from next to `paydrop.js` (as the locales). */
export const loadSavedMethods = (): Promise<typeof import('../saved/index.js')> =>
  import(/* @vite-ignore */ new URL('saved.mjs', scriptBase).href);
