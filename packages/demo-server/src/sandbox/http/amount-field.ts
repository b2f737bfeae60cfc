import { z } from 'zod';
import { toMinor } from '../domain/money.js';
import { validationError } from './api-error.js';

/** Amounts are decimal strings; a number from a loose client is accepted and read the same way. */
export const amountField = z.union([z.string().max(32), z.number().nonnegative()]).transform(String);

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
