import { GatewayUnavailableError } from '../errors/gateway-unavailable-error.js';
import { NetworkError } from '../errors/network-error.js';
import { apiError } from './api-error.js';

/**
 * GET with the public credential (`Basic base64(projectId:)`), as processout.js
 * does. Resolves with the parsed `{success: true, …}` body; rejects with a
 * PaydropError (or the signal's reason on abort).
 */
export async function getJson(
  url: string,
  projectId: string,
  signal?: AbortSignal,
): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Authorization: `Basic ${btoa(`${projectId}:`)}`, Accept: 'application/json' },
      signal: signal ?? null,
    });
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    throw new NetworkError(`Could not reach ${new URL(url).origin}`, { cause });
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    if (!response.ok) throw apiError(response.status, undefined);
    throw new GatewayUnavailableError(`Unreadable response from ${url}`, { cause });
  }
  const ok = typeof body === 'object' && body !== null && (body as { success?: unknown }).success === true;
  if (!response.ok || !ok) throw apiError(response.ok ? 502 : response.status, body);
  return body as Record<string, unknown>;
}
