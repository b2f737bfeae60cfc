import { NetworkError } from '../errors/network-error.js';
import { apiError } from './api-error.js';

/**
 * A CORS-simple GET (no custom header: the public project ID travels in the
 * URL), so a first visit costs one round trip, with no preflight; `init` may
 * make it a simple POST (the flow relay's `cancel`). Resolves with
 * the parsed `{success: true, …}` body; rejects with a PaydropError.
 */
export async function getJson(url: string, init?: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (cause) {
    throw new NetworkError(`Could not reach ${url}`, { cause });
  }
  // An unreadable body is a bad gateway, as is a readable one without `success: true`.
  const body = await response.json().catch(() => undefined);
  if (!response.ok || body?.success !== true) throw apiError(response.ok ? 502 : response.status, body);
  return body;
}
