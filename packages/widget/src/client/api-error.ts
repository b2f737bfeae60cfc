import { GatewayUnavailableError } from '../errors/gateway-unavailable-error.js';
import type { PaydropError } from '../errors/paydrop-error.js';
import { UnauthorizedError } from '../errors/unauthorized-error.js';
import { ValidationError } from '../errors/validation-error.js';

/** Maps a failed sandbox response (status + `{error_type, message}` body) to a typed error. */
export function apiError(status: number, body: unknown): PaydropError {
  const { message = `HTTP ${status}`, error_type: type } = (body ?? {}) as Record<string, unknown>;
  // Only failures get here: under 500 the request was refused, from 500 the provider failed.
  const Kind =
    status === 401 || status === 403
      ? UnauthorizedError
      : status < 500
        ? ValidationError
        : GatewayUnavailableError;
  return new Kind(type ? `${message} (${type})` : String(message));
}
