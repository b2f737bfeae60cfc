import { GatewayUnavailableError } from '../errors/gateway-unavailable-error.js';
import type { PaydropError } from '../errors/paydrop-error.js';
import { UnauthorizedError } from '../errors/unauthorized-error.js';
import { ValidationError } from '../errors/validation-error.js';

/** Maps a failed sandbox response (status + `{error_type, message}` body) to a typed error. */
export function apiError(status: number, body: unknown): PaydropError {
  const { message, error_type: type } = (body ?? {}) as {
    message?: unknown;
    error_type?: unknown;
  };
  const text = `${typeof message === 'string' ? message : `HTTP ${status}`}${typeof type === 'string' ? ` (${type})` : ''}`;
  const Kind =
    status === 401 || status === 403
      ? UnauthorizedError
      : status >= 400 && status < 500
        ? ValidationError
        : GatewayUnavailableError;
  return new Kind(text);
}
