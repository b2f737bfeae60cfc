/**
 * Script-tag entry (`dist/paydrop.js`, global `Paydrop`): the whole public
 * API plus the drop-in, and `<paydrop-checkout>` registered on load. The ESM
 * entry (`index.ts`) stays free of side effects.
 */
import { defineCustomElement } from './element/index.js';

export { defineCustomElement } from './element/index.js';
export { registerLocale } from './i18n/index.js';
export * from './index.js';
export { mount } from './ui/index.js';

declare global {
  /** The script tag's global, for TypeScript: `/// <reference types="@paydrop/widget/paydrop.js" />`. */
  var Paydrop: typeof import('./iife.js');
}

defineCustomElement();
