import { PaydropError } from './paydrop-error.js';

/** The options given to the widget are not valid; the message shows the expected shape. */
export class InvalidOptionsError extends PaydropError {
  override readonly name = 'InvalidOptionsError';
  readonly code = 'widget.invalid-options';
}
