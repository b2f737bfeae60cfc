import type { PaydropError } from '../../errors/index.js';
import type { Translate } from '../../i18n/index.js';
import type { GatewayConfiguration } from '../../types.js';
import type { Notice } from './checkout-state.js';

/** Turns a failed flow into the message shown above the list. */
export function outcomeNotice(error: PaydropError, config: GatewayConfiguration, t: Translate): Notice {
  const { code } = error;
  const tone =
    code === 'customer.canceled' ? 'canceled' : code === 'gateway.declined' ? 'declined' : 'failed';
  const key = code === 'customer.popup-blocked' ? 'popupBlocked' : tone;
  return { tone, text: t(key, { name: config.gateway.display_name }) };
}
