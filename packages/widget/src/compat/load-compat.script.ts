import { scriptBase } from '../i18n/locale-loaders.script.js';

/** The script tag's: `dist/compat.mjs`, which imports nothing, from next to `paydrop.js` (as the locales). */
export const loadCompat = (): Promise<typeof import('./actions.js')> =>
  import(/* @vite-ignore */ new URL('compat.mjs', scriptBase).href);
