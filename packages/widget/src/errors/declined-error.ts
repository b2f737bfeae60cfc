import { PaydropError } from './paydrop-error.js';

/** The payment provider declined the request. */
export class DeclinedError extends PaydropError {
  override readonly name = 'DeclinedError';
  readonly code = 'gateway.declined';
}
