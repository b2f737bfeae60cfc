import { PaydropError } from './paydrop-error.js';

/** A return URL carried a state this browser did not start, or one that expired or was already used. */
export class StateMismatchError extends PaydropError {
  override readonly name = 'StateMismatchError';
  readonly code = 'return.state-mismatch';
}
