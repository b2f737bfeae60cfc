import type { Target } from './target.js';

/** URL of the provider's hosted page for one attempt (protocol.md, "Hosted APM pages"). */
export function hostedPageUrl(
  checkoutUrl: string,
  projectId: string,
  target: Target,
  configId: string,
  state: string,
): string {
  // The ids in path order (target.ts): a token's customer and token, or the invoice (and the token it saves).
  const [, ...ids] = Object.values(target);
  const path = [projectId, ...ids, 'redirect', configId].map(encodeURIComponent).join('/');
  // `state` is hex (state-nonce.ts): already safe in a query string.
  return `${checkoutUrl}/checkout/${path}?state=${state}`;
}
