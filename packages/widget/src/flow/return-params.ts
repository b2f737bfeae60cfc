import type { RawOutcome } from './outcome.js';
import type { PendingFlow } from './state-store.js';
import { providerIds } from './target.js';

/** Query parameters the provider adds to the return URL (protocol.md). */
export const RETURN_PARAMS = [
  'token',
  'error_code',
  'customer_id',
  'token_id',
  'invoice_id',
  'state',
] as const;

/**
 * A provider return always carries `state` and either `token` or `error_code`.
 * Either name alone is too common to claim: an OAuth callback on the same page
 * has its own `state`, and must keep it.
 */
export const hasReturnParams = (query: URLSearchParams): boolean =>
  query.has('state') && (query.has('token') || query.has('error_code'));

export const outcomeFromQuery = (query: URLSearchParams, token = query.get('token')): RawOutcome => ({
  action: token ? 'success' : 'error',
  token,
  code: query.get('error_code'),
});

/** The ids in the URL must be those the flow was started for; anything else is a forged or stale return. */
export const matchesPending = (query: URLSearchParams, flow: PendingFlow): boolean =>
  Object.entries(providerIds(flow)).every(([name, id]) => query.get(name) === id);

/** Removes our parameters, keeping the merchant's own ones and the hash. */
export function stripReturnParams(url: URL): string {
  const clean = new URL(url.href);
  for (const name of RETURN_PARAMS) clean.searchParams.delete(name);
  return clean.href;
}
