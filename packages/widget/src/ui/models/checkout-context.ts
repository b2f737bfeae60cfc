import type { GatewayConfiguration } from '../../types.js';
import type { ResolvedMountOptions } from '../mount-options.js';
import type { CheckoutStore } from './checkout-store.js';

/** Everything the actions share: the store they write, the engine they drive, the merchant's callbacks. */
export interface CheckoutContext extends ResolvedMountOptions {
  store: CheckoutStore;
  /** Pay and save: the blank token to save with a payment by `config`, if the shopper chose to (set by ../extras). */
  saving?: ((config: GatewayConfiguration) => string | undefined) | undefined;
}
