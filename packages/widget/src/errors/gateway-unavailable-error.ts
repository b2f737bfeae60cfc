import { PaydropError } from './paydrop-error.js';

/** The provider failed (5xx) or returned an unknown error code. */
export class GatewayUnavailableError extends PaydropError {
  override readonly name = 'GatewayUnavailableError';
  readonly code = 'gateway.unavailable';
}
