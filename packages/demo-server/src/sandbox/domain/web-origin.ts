import { webOriginOf } from './registered-url.js';

/**
 * The origin a browser sends for a registered URL; none for an app scheme (`yourapp://…`), or for a stored
 * URL that fails registered-url.ts's check (it goes into CORS headers and postMessage targets).
 */
export function webOrigin(url: string | null): string | null {
  return url ? (webOriginOf(url) ?? null) : null;
}
