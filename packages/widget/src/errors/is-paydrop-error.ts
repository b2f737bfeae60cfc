import type { ErrorCode } from '../types.js';
import type { PaydropError } from './paydrop-error.js';

const CODES: readonly ErrorCode[] = [
  'customer.canceled',
  'customer.popup-blocked',
  'gateway.declined',
  'gateway.unavailable',
  'request.validation-error',
  'request.unauthorized',
  'network.error',
  'return.state-mismatch',
  'widget.invalid-options',
];

/** True for a valid `ErrorCode` string. */
export const isErrorCode = (value: unknown): value is ErrorCode => CODES.includes(value as ErrorCode);

/**
 * Checks `name` and `code` rather than `instanceof`, so it also recognises
 * errors created by a copy of the widget in another frame or bundle.
 */
export function isPaydropError(value: unknown): value is PaydropError {
  if (typeof value !== 'object' || value === null) return false;
  const { name, code } = value as { name?: unknown; code?: unknown };
  return typeof name === 'string' && name.endsWith('Error') && isErrorCode(code);
}
