import type { Target } from './target.js';

/** URL of the provider's hosted page for one attempt (protocol.md, "Hosted APM pages"). */
export function hostedPageUrl(
  checkoutUrl: string,
  projectId: string,
  target: Target,
  configId: string,
  state: string,
): string {
  const ids = target.kind === 'token' ? [target.customerId, target.tokenId] : [target.invoiceId];
  const path = [projectId, ...ids, 'redirect', configId].map(encodeURIComponent).join('/');
  // `state` is base64url (state-nonce.ts): already safe in a query string.
  return `${checkoutUrl}/checkout/${path}?state=${state}`;
}
