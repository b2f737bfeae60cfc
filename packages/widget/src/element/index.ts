export type { PaydropCheckoutEventMap } from './checkout-element.js';
export { defineCustomElement } from './define.js';
