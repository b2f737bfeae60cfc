import type { Token } from './types.js';

/**
 * Why a saved token cannot be charged right now, in words a merchant can act
 * on, or undefined when it can. A merchant-initiated payment has no shopper to
 * ask, so "which of the four" matters: wait, re-enable, or ask for a new one.
 */
export function chargeRefusal(token: Token | undefined): string | undefined {
  if (!token) return 'This token was deleted; ask the customer to save a payment method again';
  if (!token.enabled) return 'This token is disabled; enable it before charging it';
  if (token.verificationStatus === 'failed') return 'This token failed verification and cannot be charged';
  if (token.type === 'pending') return 'This token holds no payment details yet';
  if (!token.isChargeable)
    return 'This token is still being verified (pending); try again after token.verified';
  return undefined;
}
