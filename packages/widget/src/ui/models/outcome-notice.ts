import type { PaydropError } from '../../errors/index.js';
import type { GatewayConfiguration } from '../../types.js';
import type { Notice } from './checkout-state.js';

/**
 * Turns a failed flow into the notice shown above the list. It keeps the
 * message key, not the text, so a change of locale rewords it.
 */
export function outcomeNotice(error: PaydropError, config: GatewayConfiguration): Notice {
  const { code } = error;
  const tone =
    code === 'customer.canceled' ? 'canceled' : code === 'gateway.declined' ? 'declined' : 'failed';
  const key = code === 'customer.popup-blocked' ? 'popupBlocked' : tone;
  return { tone, key, name: config.gateway.display_name };
}
