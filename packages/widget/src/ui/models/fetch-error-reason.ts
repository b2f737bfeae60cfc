import type { MessageKey } from '../../i18n/index.js';
import type { ErrorCode } from '../../types.js';

/**
 * Why the methods could not be loaded, in the shopper's words: their connection,
 * the provider, or the shop's set-up (which only the shop can fix, so no point retrying).
 */
export const fetchErrorReason = (code: ErrorCode): MessageKey =>
  code === 'network.error' ? 'offline' : code.startsWith('request.') ? 'misconfigured' : 'unavailable';
