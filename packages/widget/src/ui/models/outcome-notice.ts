import type { PaydropError } from '../../errors/index.js';
import type { Translate } from '../../i18n/index.js';
import type { GatewayConfiguration } from '../../types.js';
import type { Notice } from './checkout-state.js';

/** Turns a failed flow into the message shown above the list. */
export function outcomeNotice(error: PaydropError, config: GatewayConfiguration, t: Translate): Notice {
  const name = config.gateway.display_name;
  if (error.code === 'customer.canceled') return { tone: 'canceled', text: t('canceled') };
  if (error.code === 'gateway.declined') return { tone: 'declined', text: t('declined', { name }) };
  if (error.code === 'customer.popup-blocked') return { tone: 'failed', text: t('popupBlocked', { name }) };
  return { tone: 'failed', text: t('failed', { name }) };
}
