import type { MerchantDeps } from './deps.js';
import { customerKey } from './live.js';
import type { SandboxToken } from './sandbox-api.js';
import type { SavedMethodState } from './store/index.js';

/** One word for the page and the merchant's records, from the sandbox token's flags. */
export function stateOf(token: SandboxToken | undefined): SavedMethodState {
  if (!token) return 'deleted';
  if (token.is_enabled === false) return 'disabled';
  if (token.verification_status === 'failed') return 'failed';
  if (token.verification_status === 'pending' || !token.is_chargeable) return 'pending';
  return 'active';
}

/** Is this token a saved method (payment details attached), rather than a blank one waiting to be saved? */
export const isSaved = (token: SandboxToken) => token.type !== 'pending';

/**
 * Records what the merchant now knows of a saved token and shows it live on
 * the shopper's pages. `token` undefined means it is gone (deleted).
 */
export function recordSavedMethod(
  deps: MerchantDeps,
  ids: { customerId: string; tokenId: string },
  token: SandboxToken | undefined,
) {
  const known = deps.store.savedMethods.find(ids.tokenId);
  const state = stateOf(token);
  deps.store.savedMethods.put({
    tokenId: ids.tokenId,
    customerId: ids.customerId,
    shopperId: known?.shopperId ?? shopperOf(deps, ids.customerId),
    gatewayConfigurationId: token?.gateway_configuration_id ?? known?.gatewayConfigurationId ?? null,
    state,
    updatedAt: new Date(deps.now()).toISOString(),
  });
  deps.live.publish(customerKey(ids.customerId), {
    type: 'saved-method',
    data: { id: ids.tokenId, customer_id: ids.customerId, state, token: token ?? null },
  });
  return state;
}

function shopperOf(deps: MerchantDeps, customerId: string): string | null {
  return deps.store.shoppers.shopperOfCustomer(customerId) ?? null;
}
