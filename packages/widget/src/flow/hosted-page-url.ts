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
  const path = [projectId, ...ids].map(encodeURIComponent).join('/');
  return `${checkoutUrl}/checkout/${path}/redirect/${encodeURIComponent(configId)}?state=${encodeURIComponent(state)}`;
}
