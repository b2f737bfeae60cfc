import { withParams } from '../domain/registered-url.js';
import { webOrigin } from '../domain/web-origin.js';

/**
 * How the hosted page hands the shopper's decision back: a postMessage to the
 * opener (only to the origin of the registered return_url) and a redirect URL
 * built from that same registered URL (or, for Cancel, the token's registered
 * cancel_url). Nothing here comes from the request except the validated `state`.
 */
export type Outcome = 'approve' | 'approve-async' | 'decline' | 'cancel';

export type DeliveryTarget =
  | { kind: 'token'; customerId: string; tokenId: string }
  | { kind: 'invoice'; invoiceId: string };

export interface Delivery {
  message: Record<string, string>;
  /** Origin to postMessage to; null when the return URL is an app scheme (or none is registered). */
  target_origin: string | null;
  redirect_url: string | null;
}

const NAMESPACE = 'processout.checkout';

export function buildDelivery(args: {
  outcome: Outcome;
  gatewayRequestId: string | null;
  state: string;
  returnUrl: string | null;
  /** A token's registered `cancel_url`: a Cancel that ends in a redirect goes there rather than `returnUrl`. */
  cancelUrl?: string | null;
  target: DeliveryTarget;
}): Delivery {
  const { outcome, gatewayRequestId, state, returnUrl, target } = args;
  const failure = failureCode(outcome);
  const message: Record<string, string> = failure
    ? outcome === 'cancel'
      ? { namespace: NAMESPACE, action: 'canceled', state }
      : { namespace: NAMESPACE, action: 'error', code: failure, state }
    : { namespace: NAMESPACE, action: 'success', data: gatewayRequestId ?? '', state };
  // The opener listens on the return_url's origin whatever the outcome; only the redirect may differ.
  const targetOrigin = webOrigin(returnUrl);
  const redirectBase = (outcome === 'cancel' ? args.cancelUrl : null) ?? returnUrl;
  if (!redirectBase) return { message, target_origin: targetOrigin, redirect_url: null };

  const ids: Record<string, string> =
    target.kind === 'token'
      ? { customer_id: target.customerId, token_id: target.tokenId }
      : { invoice_id: target.invoiceId };
  const result: Record<string, string> = failure
    ? { error_code: failure }
    : { token: gatewayRequestId ?? '' };
  const redirect = withParams(redirectBase, { ...result, ...ids, state });
  return { message, target_origin: targetOrigin, redirect_url: redirect ?? null };
}

function failureCode(outcome: Outcome): string | undefined {
  if (outcome === 'cancel') return 'customer.canceled';
  if (outcome === 'decline') return 'gateway.declined';
  return undefined;
}
