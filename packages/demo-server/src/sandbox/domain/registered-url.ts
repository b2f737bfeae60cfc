/**
 * The URLs merchants register (return, cancel, success and webhook URLs) end
 * up in headers: a checkout-session page's `Content-Security-Policy`, a 303's
 * `Location`, a postMessage target origin. The WHATWG parser keeps `;`, `,`,
 * `'` and `*` in hosts (`https://shop.example;frame-ancestors/done`), and
 * strips tabs and newlines before parsing, so "it parses" is not enough: a
 * registered URL is held to the grammar below, and headers are built from its
 * parsed parts only, through these functions, never from the stored string.
 */
const label = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** Letters, digits and hyphens in dot-separated labels (IDNs arrive as punycode), or an IPv4 literal. */
const domainOrIpv4 = new RegExp(`^(?=.{1,253}$)${label}(?:\\.${label})*\\.?$`);
/** An IPv6 literal as the parser serializes it. */
const ipv6 = /^\[[0-9a-f:.]{2,45}\]$/;
/** A URL scheme: the same characters CSP's scheme-source allows. */
const appScheme = /^[a-z][a-z0-9+.-]*:$/;
/** Controls, spaces and backslashes: the parser drops or rewrites them, so the stored text would lie. */
const rewritten = (raw: string) => [...raw].some((char) => char <= ' ' || char === '\u007f' || char === '\\');

const blockedSchemes = new Set([
  'javascript:',
  'data:',
  'vbscript:',
  'file:',
  'blob:',
  'about:',
  'filesystem:',
]);

export const isStrictHost = (host: string) => domainOrIpv4.test(host) || ipv6.test(host);

const isWeb = (url: URL) => url.protocol === 'http:' || url.protocol === 'https:';

/**
 * http(s) with a strict host, or an app scheme (`yourapp://processout.return`,
 * host strict or empty); no credentials, never a script-bearing scheme.
 * Anything else is `undefined`.
 */
export function parseRegisteredUrl(raw: string): URL | undefined {
  if (rewritten(raw)) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return undefined;
  if (isWeb(url)) return isStrictHost(url.hostname) ? url : undefined;
  if (blockedSchemes.has(url.protocol) || !appScheme.test(url.protocol)) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:\/\/./i.test(raw)) return undefined;
  return url.hostname === '' || isStrictHost(url.hostname) ? url : undefined;
}

/** Webhooks are fetched by the sandbox, so only http(s) makes sense there. */
export const parseWebhookUrl = (raw: string): URL | undefined => {
  const url = parseRegisteredUrl(raw);
  return url && isWeb(url) ? url : undefined;
};

/** Where a postMessage may go: the web origin of a registered URL; none for an app scheme. */
export function webOriginOf(raw: string): string | undefined {
  const url = parseRegisteredUrl(raw);
  return url && isWeb(url) ? url.origin : undefined;
}

/** A CSP source for a registered URL: its origin, or an app URL's scheme (`yourapp:`). */
export function cspSourceOf(raw: string): string | undefined {
  const url = parseRegisteredUrl(raw);
  if (!url) return undefined;
  return isWeb(url) ? url.origin : url.protocol;
}

/**
 * A registered URL with query parameters added, serialized by the parser
 * (which percent-encodes whatever a header cannot hold); `undefined` if the
 * stored URL does not pass `parseRegisteredUrl` (a row from before it existed).
 */
export function withParams(raw: string, params: Record<string, string>): string | undefined {
  const url = parseRegisteredUrl(raw);
  if (!url) return undefined;
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.toString();
}
