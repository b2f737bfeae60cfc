import { scriptBase } from '../i18n/locale-loaders.script.js';

/** The script tag's: `dist/resume.mjs`, which imports nothing, from next to `paydrop.js` (as the locales). */
export const loadResume = (): Promise<typeof import('./resume-found.js')> =>
  import(/* @vite-ignore */ new URL('resume.mjs', scriptBase).href);
