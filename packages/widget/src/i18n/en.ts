/**
 * English messages: the default catalogue, always bundled. Every other
 * locale (`locales/`) is a module of its own with the same keys, loaded on
 * demand; the `Messages` type and `test/i18n/locale-catalogues.test.ts`
 * hold them to it. `{name}` is the payment method, `{amount}` a formatted amount (pay mode,
 * when the provider names the invoice's amount: the `…Pay` keys replace theirs).
 */
export const en = {
  heading: 'Choose a payment method',
  loading: 'Loading payment methods…',
  empty: 'No payment methods available',
  fetchError: 'Payment methods could not be loaded.',
  offline: 'Check your internet connection, then retry.',
  unavailable: 'The payment service is not responding. Try again in a moment.',
  misconfigured: 'This checkout is not set up correctly. Please contact the shop.',
  retry: 'Retry',
  waitingPopup: 'Continue in the {name} window',
  waitingTab: 'Continue in the {name} tab',
  waitingPopupPay: 'Continue in the {name} window to pay {amount}',
  waitingTabPay: 'Continue in the {name} tab to pay {amount}',
  total: 'Total: {amount}',
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
