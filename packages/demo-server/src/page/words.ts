/**
 * What the page shows for the statuses the sandbox and the merchant server answer with: words, not
 * enums. The raw value stays on the element (`data-status`), for developers and the e2e suite.
 */

/** An order's status: the sandbox invoice's, or the merchant's `processing` while a charge is in flight. */
const ORDER: Record<string, string> = {
  pending: 'Awaiting payment',
  'authorization-pending': 'Awaiting authorization',
  authorized: 'Authorized',
  'partially-captured': 'Partly captured',
  completed: 'Captured',
  'partially-refunded': 'Partly refunded',
  refunded: 'Refunded',
  voided: 'Voided',
  failed: 'Failed',
  processing: 'Processing',
};

/** A saved token's verification (`verification_status`). */
const VERIFICATION: Record<string, string> = {
  success: 'Verified',
  pending: 'Being verified',
  failed: 'Not verified',
};

/** A saved method's state on the merchant's records (merchant/saved-methods.ts). */
const SAVED_METHOD: Record<string, string> = {
  active: 'Active',
  pending: 'Being verified',
  failed: 'Verification failed',
  disabled: 'Disabled',
  deleted: 'Deleted',
};

/** An unknown value (a status added later) reads as words too: `some-new-state` → "Some new state". */
const fallback = (value: string) => {
  const words = value.replace(/[-_.]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const orderStatusWords = (status: string) => ORDER[status] ?? fallback(status);
export const verificationWords = (status: string) => VERIFICATION[status] ?? fallback(status);
export const savedMethodWords = (state: string) => SAVED_METHOD[state] ?? fallback(state);
