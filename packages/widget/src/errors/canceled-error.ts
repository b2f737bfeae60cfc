import { PaydropError } from './paydrop-error.js';

/** The customer closed or canceled the provider page. */
export class CanceledError extends PaydropError {
  override readonly name = 'CanceledError';
  readonly code = 'customer.canceled';
}
