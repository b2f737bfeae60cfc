import { PaydropError } from './paydrop-error.js';

/** The project ID was not accepted (401). */
export class UnauthorizedError extends PaydropError {
  override readonly name = 'UnauthorizedError';
  readonly code = 'request.unauthorized';
}
