import { createCheckoutElementClass } from './checkout-element.js';

/**
 * Registers `<paydrop-checkout>` (or another tag name). Safe to call twice and
 * during server rendering, where it does nothing.
 * @example
 * defineCustomElement();
 * // <paydrop-checkout project-id="test-proj_…" customer-id="cust_…" token-id="tok_…">
 */
export function defineCustomElement(tagName = 'paydrop-checkout'): void {
  if (typeof customElements === 'undefined' || customElements.get(tagName)) return;
  customElements.define(tagName, createCheckoutElementClass());
}
