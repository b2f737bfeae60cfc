import type { ErrorCode } from '../types.js';
import { CanceledError } from './canceled-error.js';
import { DeclinedError } from './declined-error.js';
import { GatewayUnavailableError } from './gateway-unavailable-error.js';
import { InvalidOptionsError } from './invalid-options-error.js';
import { NetworkError } from './network-error.js';
import type { PaydropError } from './paydrop-error.js';
import { PopupBlockedError } from './popup-blocked-error.js';
import { StateMismatchError } from './state-mismatch-error.js';
import { UnauthorizedError } from './unauthorized-error.js';
import { ValidationError } from './validation-error.js';

type ErrorClass = new (message: string, options?: { cause?: unknown }) => PaydropError;

const BY_CODE: Record<ErrorCode, ErrorClass> = {
  'customer.canceled': CanceledError,
  'customer.popup-blocked': PopupBlockedError,
  'gateway.declined': DeclinedError,
  'gateway.unavailable': GatewayUnavailableError,
  'request.validation-error': ValidationError,
  'request.unauthorized': UnauthorizedError,
  'network.error': NetworkError,
  'return.state-mismatch': StateMismatchError,
  'widget.invalid-options': InvalidOptionsError,
};

/**
 * Builds the error for a code received from the provider page or a return URL.
 * Unknown codes become `GatewayUnavailableError` (keeping the raw code in the
 * message) so callers only ever see the documented set.
 */
export function errorForCode(code: string | null | undefined, message?: string): PaydropError {
  const known = code != null && Object.hasOwn(BY_CODE, code);
  const ErrorType = known ? BY_CODE[code as ErrorCode] : GatewayUnavailableError;
  return new ErrorType(
    message ?? (known ? `The provider returned ${code}.` : `Unknown provider error: ${code}`),
  );
}
