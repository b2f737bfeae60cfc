import { PaydropError } from './paydrop-error.js';

/** The browser blocked the provider popup and no fallback could run. */
export class PopupBlockedError extends PaydropError {
  override readonly name = 'PopupBlockedError';
  readonly code = 'customer.popup-blocked';
}
