import type { ErrorCode } from '../types.js';

/**
 * Base class of every error the widget yields. Branch on `code` (stable, listed
 * in protocol.md) or on the subclass; use `isPaydropError()` across realms.
 * Construct with `(message, { cause })`, as `Error` itself.
 */
export abstract class PaydropError extends Error {
  abstract override readonly name: string;
  abstract readonly code: ErrorCode;
}
