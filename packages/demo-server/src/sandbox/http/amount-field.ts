import { z } from 'zod';
import { toMinor } from '../domain/money.js';
import { validationError } from './api-error.js';

/**
 * Amounts are decimal strings (protocol.md), as every seed and official SDK
 * sends them. A JSON number is refused rather than read: `9.99` may already be
 * `9.9900000000000002` in the client, and money is not rounded here.
 */
export const amountField = z
  .string({
    error: (issue) => (issue.input == null ? 'is required' : 'must be a decimal string, e.g. "9.99"'),
  })
  .max(32);

/** "9.99" → 999 in the invoice's currency, or a validation error naming the field. */
export function minorOrThrow(amount: string, currency: string, field = 'amount'): number {
  const minor = toMinor(amount, currency);
  if (minor === undefined) {
    throw validationError(`${field} must be a positive decimal with at most the currency's minor units`, [
      field,
    ]);
  }
  return minor;
}
