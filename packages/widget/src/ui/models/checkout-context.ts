import type { ResolvedMountOptions } from '../mount-options.js';
import type { CheckoutStore } from './checkout-store.js';

/** Everything the actions share: the store they write, the engine they drive, the merchant's callbacks. */
export interface CheckoutContext extends ResolvedMountOptions {
  store: CheckoutStore;
}
