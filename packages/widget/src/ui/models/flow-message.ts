import type { Translate } from '../../i18n/index.js';
import type { FlowState } from './checkout-state.js';

const KEYS = {
  'popup-blocked': 'popupBlocked',
  redirecting: 'redirecting',
  'top-nav-blocked': 'topNavBlocked',
} as const;

/**
 * The sentence for a flow state: shown in its panel and announced by the status region. With the
 * invoice's `amount` (pay mode), the waiting sentence names it.
 */
export function flowMessage(state: FlowState, t: Translate, amount?: string): string {
  const key =
    state.kind === 'waiting'
      ? (`${state.mode === 'new-tab' ? 'waitingTab' : 'waitingPopup'}${amount ? 'Pay' : ''}` as const)
      : state.kind === 'success'
        ? 'invoiceId' in state.result
          ? 'paid'
          : 'connected'
        : KEYS[state.kind];
  return t(key, { name: state.config.gateway.display_name, amount: amount as string });
}
