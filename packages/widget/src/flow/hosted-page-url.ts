import { providerIds, type Target } from './target.js';

/** URL of the provider's hosted page for one attempt (protocol.md, "Hosted APM pages"). */
export function hostedPageUrl(
  checkoutUrl: string,
  projectId: string,
  target: Target,
  configId: string,
  state: string,
): string {
  const ids = Object.values(providerIds(target));
  const path = [projectId, ...ids, 'redirect', configId].map(encodeURIComponent).join('/');
  // `state` is hex (state-nonce.ts): already safe in a query string.
  return `${checkoutUrl}/checkout/${path}?state=${state}`;
}
