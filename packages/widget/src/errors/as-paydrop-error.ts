import { isPaydropError } from './is-paydrop-error.js';
import type { PaydropError } from './paydrop-error.js';

/**
 * The engine promises typed errors; anything else (a bug, a hand-made client)
 * is wrapped in `Kind`, keeping the cause, so the UI never stays on a spinner.
 */
export function asPaydropError(
  error: unknown,
  Kind: new (message: string, options: { cause: unknown }) => PaydropError,
): PaydropError {
  if (isPaydropError(error)) return error;
  return new Kind(error instanceof Error ? error.message : String(error), { cause: error });
}
