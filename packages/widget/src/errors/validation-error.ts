import { PaydropError } from './paydrop-error.js';

/** The provider rejected the request as invalid (4xx). */
export class ValidationError extends PaydropError {
  override readonly name = 'ValidationError';
  readonly code = 'request.validation-error';
}
