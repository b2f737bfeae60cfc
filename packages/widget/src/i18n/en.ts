/**
 * English messages: the default catalogue, always bundled. Every other
 * locale must provide the same keys (the `Messages` type enforces it).
 */
export const en = {
  heading: 'Choose a payment method',
  loading: 'Loading payment methods…',
  empty: 'No payment methods available',
  fetchError: 'Payment methods could not be loaded.',
  retry: 'Retry',
  waitingPopup: 'Continue in the {name} window',
  waitingTab: 'Continue in the {name} tab',
  cancel: 'Cancel',
  popupBlocked: 'Your browser blocked the {name} window.',
  continueWith: 'Continue with {name}',
  redirecting: 'Redirecting to {name}…',
  topNavBlocked: 'This page cannot open {name} by itself.',
  continueTo: 'Continue to {name}',
  connected: '{name} connected',
  paid: 'Paid with {name}',
  canceled: 'You canceled — choose a payment method',
  declined: '{name} declined — try another',
  failed: '{name} is not available right now — try another',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
