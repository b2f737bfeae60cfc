import type { Translate } from '../../i18n/index.js';
import type { FlowState } from './checkout-state.js';

/** The sentence for a flow state: shown in its panel and announced by the status region. */
export function flowMessage(state: FlowState, t: Translate): string {
  const name = state.config.gateway.display_name;
  switch (state.kind) {
    case 'waiting':
      return t(state.mode === 'new-tab' ? 'waitingTab' : 'waitingPopup', { name });
    case 'popup-blocked':
      return t('popupBlocked', { name });
    case 'redirecting':
      return t('redirecting', { name });
    case 'top-nav-blocked':
      return t('topNavBlocked', { name });
    case 'success':
      return t('invoiceId' in state.result ? 'paid' : 'connected', { name });
  }
}
