import type { ErrorCode } from '../types.js';
import { errorForCode } from './error-for-code.js';
import type { PaydropError } from './paydrop-error.js';

/** True for a valid `ErrorCode` string: the one code `errorForCode` keeps as it is. */
export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && errorForCode(value).code === value;

/**
 * Checks `name` and `code` rather than `instanceof`, so it also recognises
 * errors created by a copy of the widget in another frame or bundle.
 */
export function isPaydropError(value: unknown): value is PaydropError {
  if (typeof value !== 'object' || value === null) return false;
  const { name, code } = value as { name?: unknown; code?: unknown };
  return typeof name === 'string' && name.endsWith('Error') && isErrorCode(code);
}
