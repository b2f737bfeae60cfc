import type { ErrorCode } from '../types.js';

/**
 * Base class of every error the widget yields. Branch on `code` (stable, listed
 * in protocol.md) or on the subclass; use `isPaydropError()` across realms.
 */
export abstract class PaydropError extends Error {
  abstract override readonly name: string;
  abstract readonly code: ErrorCode;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
