import { PaydropError } from './paydrop-error.js';

/** The request never got an HTTP answer (offline, DNS, CORS). */
export class NetworkError extends PaydropError {
  override readonly name = 'NetworkError';
  readonly code = 'network.error';
}
