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

type ErrorClass = new (message: string) => PaydropError;

const KINDS: readonly ErrorClass[] = [
  CanceledError,
  PopupBlockedError,
  DeclinedError,
  ValidationError,
  UnauthorizedError,
  NetworkError,
  StateMismatchError,
  InvalidOptionsError,
];

/**
 * Builds the error for a code received from the provider page or a return URL.
 * Unknown codes become `GatewayUnavailableError` (keeping the raw code in the
 * message) so callers only ever see the documented set. Each class is asked
 * for its code rather than looked up in a code→class table, which would ship
 * every code a second time.
 */
export function errorForCode(code: string | null | undefined): PaydropError {
  const message = `Provider error: ${code}`;
  for (const Kind of KINDS) {
    const error = new Kind(message);
    if (error.code === code) return error;
  }
  return new GatewayUnavailableError(message);
}
