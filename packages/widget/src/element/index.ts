export type { PaydropCheckoutElement, PaydropCheckoutEventMap } from './checkout-element.js';
export { defineCustomElement } from './define.js';
