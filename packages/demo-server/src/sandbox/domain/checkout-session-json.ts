import type { CheckoutSession, CheckoutSessionStatus } from './types.js';

/** Smartpay-style: a session is good for a day, then its page is gone (410). */
export const CHECKOUT_SESSION_TTL_MS = 24 * 60 * 60 * 1000;

/** Expiry is read, not written: no job has to sweep old sessions for the status to be right. */
export const sessionStatus = (s: CheckoutSession, now: number): CheckoutSessionStatus =>
  s.status === 'open' && s.expiresAt <= now ? 'expired' : s.status;

export const checkoutSessionPath = (id: string) => `/checkout-sessions/${id}/pay`;

export const checkoutSessionJson = (s: CheckoutSession, baseUrl: string, now: number) => ({
  id: s.id,
  url: `${baseUrl}${checkoutSessionPath(s.id)}`,
  status: sessionStatus(s, now),
  mode: s.mode,
  customer_id: s.customerId,
  token_id: s.tokenId,
  invoice_id: s.invoiceId,
  gateway_configuration_id: s.gatewayConfigurationId,
  success_url: s.successUrl,
  cancel_url: s.cancelUrl,
  locale: s.locale,
  metadata: s.metadata,
  sandbox: true,
  created_at: s.createdAt,
  expires_at: new Date(s.expiresAt).toISOString(),
  closed_at: s.closedAt,
});
