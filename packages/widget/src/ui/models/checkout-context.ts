import type { PaydropError } from '../../errors/index.js';
import type { FlowMode, GatewayFilter, PaydropClient, PaySuccess, TokenizeSuccess } from '../../types.js';
import type { CheckoutTarget } from './checkout-state.js';
import type { CheckoutStore } from './checkout-store.js';

/** Everything the actions share: the store they write and the engine they drive. */
export interface CheckoutContext {
  store: CheckoutStore;
  client: PaydropClient;
  target: CheckoutTarget;
  filter: GatewayFilter;
  mode: FlowMode | undefined;
  onToken: ((result: TokenizeSuccess | PaySuccess) => void) | undefined;
  onError: ((error: PaydropError) => void) | undefined;
}
