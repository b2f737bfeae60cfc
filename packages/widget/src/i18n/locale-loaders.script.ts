import type { LocaleLoader } from './locale-loaders.js';
import { LOCALE_TAGS, type LocaleTag } from './locale-tags.js';

/**
 * The script tag's locale loaders: `dist/paydrop.js` is a classic script, so
 * there is no bundler to split chunks; it imports the ESM build's locale
 * modules (`dist/i18n/<tag>.mjs`, which import nothing) from next to itself.
 * The URL is made absolute from `document.currentScript`, read while the
 * script first runs: a relative `import()` in a classic script resolves
 * against the script's URL only when it was loaded with CORS (Chrome uses
 * `about:blank` for a cross-origin `<script>` without `crossorigin`).
 */
const base = document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : '';
/** What the script tag's on-demand modules resolve against (`paydrop.js`'s own URL, else the page's). */
export const scriptBase = base || document.baseURI;

export const localeLoaders = Object.fromEntries(
  LOCALE_TAGS.map((tag) => [
    tag,
    () => import(/* @vite-ignore */ new URL(`i18n/${tag}.mjs`, scriptBase).href),
  ]),
) as Record<LocaleTag, LocaleLoader>;
