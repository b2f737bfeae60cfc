import type { FuzzResponse } from './client.js';

/**
 * What every answer must hold, whatever was sent. Each check returns the
 * problems it found, in words, so a failing run names all of them.
 */

/** URLs the sandbox accepted and answered back: the only places a redirect may go. */
export class Registered {
  private readonly keys = new Set<string>();
  constructor(
    private readonly selfOrigins: string[],
    seeds: string[],
  ) {
    for (const url of seeds) this.add(url);
  }

  add(raw: string): void {
    const key = keyOf(raw);
    if (key) this.keys.add(key);
  }

  /** Collects every `…_url` a success answered (the server accepted it, so it is registered). */
  learn(json: unknown): void {
    walk(json, (key, value) => {
      if (/_url$/.test(key) && typeof value === 'string') this.add(value);
    });
  }

  allows(raw: string, base: string): boolean {
    let url: URL;
    try {
      url = new URL(raw, base);
    } catch {
      return false;
    }
    if (this.selfOrigins.includes(url.origin)) return true;
    const key = keyOf(url.href);
    return key !== undefined && this.keys.has(key);
  }

  allowsOrigin(origin: string): boolean {
    return this.selfOrigins.includes(origin) || [...this.keys].some((k) => k.startsWith(`${origin}/`));
  }
}

function keyOf(raw: string): string | undefined {
  try {
    const url = new URL(raw);
    return `${url.protocol}//${url.host}${url.pathname}`;
  } catch {
    return undefined;
  }
}

function walk(value: unknown, visit: (key: string, value: unknown) => void): void {
  if (typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(value)) {
    visit(key, child);
    walk(child, visit);
  }
}

const header = (res: FuzzResponse, name: string): string | undefined => {
  const value = res.headers[name];
  return Array.isArray(value) ? value.join('\n') : value;
};

const ERROR_TYPE = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)+$/;

/** An error answer: JSON `{success:false, error_type, message}`, and `invalid_fields` for a validation error. */
export function checkErrorJson(res: FuzzResponse, problems: string[]): void {
  const type = header(res, 'content-type') ?? '';
  if (!type.startsWith('application/json')) {
    problems.push(`error ${res.status} is ${type || 'untyped'}, not JSON: ${res.text.slice(0, 120)}`);
    return;
  }
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(res.text);
  } catch {
    problems.push(`error ${res.status} is not valid JSON: ${res.text.slice(0, 120)}`);
    return;
  }
  if (body.success !== false) problems.push(`error ${res.status} without success:false`);
  if (typeof body.error_type !== 'string' || !ERROR_TYPE.test(body.error_type)) {
    problems.push(`error ${res.status} without a dotted error_type: ${res.text.slice(0, 160)}`);
  }
  if (typeof body.message !== 'string') problems.push(`error ${res.status} without a message`);
  if (body.error_type === 'request.validation-error') {
    const fields = body.invalid_fields;
    if (!Array.isArray(fields) || fields.length === 0 || !fields.every((f) => typeof f === 'string')) {
      problems.push(`validation error without invalid_fields: ${res.text.slice(0, 160)}`);
    }
  }
}

/** In a page, input shows only escaped: no tag, no attribute break-out, no script URL. */
export function checkHtml(html: string, problems: string[]): void {
  const tag = /<(fuzz|svg)/i.exec(html);
  if (tag)
    problems.push(`unescaped tag in a page: …${html.slice(Math.max(0, tag.index - 60), tag.index + 60)}…`);
  const quote = /(?<!=)["']fuzzq/.exec(html);
  if (quote)
    problems.push(
      `unescaped quote in a page: …${html.slice(Math.max(0, quote.index - 60), quote.index + 60)}…`,
    );
  const href = /(?:href|action|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i.exec(html);
  if (href) problems.push(`script URL in a page: …${html.slice(href.index, href.index + 80)}…`);
  if (/fzinj/.test(html) && /<[^>]*fzinj[^>]*>/.exec(html)?.[0].match(/(?:href|action|src)="[^"]*fzinj/)) {
    problems.push('a rejected URL made it into a link');
  }
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Every link, form target and beacon URL in a page goes to the sandbox itself or a URL it accepted. */
export function checkLinks(html: string, registered: Registered, base: string, problems: string[]): void {
  for (const match of html.matchAll(/\s(href|action|src|data-[a-z-]*url)="([^"]*)"/g)) {
    const url = (match[2] ?? '').replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
    if (!registered.allows(url, base)) problems.push(`${match[1]} off the registered URLs: ${url}`);
  }
}

/** The directives and sources a hosted page's policy may hold; anything else came from input. */
const CSP_DIRECTIVES = new Set([
  'default-src',
  'script-src',
  'style-src',
  'img-src',
  'connect-src',
  'form-action',
  'base-uri',
  'frame-ancestors',
]);
const CSP_SOURCE =
  /^(?:'(?:self|none|unsafe-inline)'|https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?|[a-z][a-z0-9+.-]*:)$/;

const STRICT_ORIGIN = /^https?:\/\/(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/;
const COOKIE_NAMES = new Set(['paydrop_demo_session', 'paydrop_hosted_page']);

/** No header carries input the server did not validate: CSP, CORS, Location, cookies, and the rest. */
export function checkHeaders(
  res: FuzzResponse,
  requestOrigin: string | undefined,
  registered: Registered,
  base: string,
  problems: string[],
): void {
  for (const [name, raw] of Object.entries(res.headers)) {
    const value = Array.isArray(raw) ? raw.join('\n') : String(raw);
    if (name !== 'location' && /fzinj|fuzz/.test(value))
      problems.push(`header ${name} carries input: ${value}`);
  }
  const csp = header(res, 'content-security-policy');
  if (csp) {
    for (const directive of csp.split(';')) {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      if (!CSP_DIRECTIVES.has(name)) problems.push(`CSP directive ${JSON.stringify(name)} in ${csp}`);
      for (const source of sources)
        if (!CSP_SOURCE.test(source)) problems.push(`CSP source ${JSON.stringify(source)} in ${csp}`);
    }
  }
  const allowOrigin = header(res, 'access-control-allow-origin');
  if (allowOrigin !== undefined) {
    if (!STRICT_ORIGIN.test(allowOrigin))
      problems.push(`Access-Control-Allow-Origin ${JSON.stringify(allowOrigin)}`);
    else if (allowOrigin !== requestOrigin)
      problems.push(`Access-Control-Allow-Origin ${allowOrigin} for Origin ${requestOrigin}`);
  }
  const location = header(res, 'location');
  if (location !== undefined) {
    if ([...location].some((ch) => ch <= ' ' || ch === '\u007f'))
      problems.push(`Location with spaces or controls: ${JSON.stringify(location)}`);
    if (!registered.allows(location, base)) problems.push(`redirect off the registered URLs: ${location}`);
  }
  if (res.status >= 300 && res.status < 400 && location === undefined)
    problems.push(`${res.status} without a Location`);
  const cookies = res.headers['set-cookie'] ?? [];
  for (const cookie of Array.isArray(cookies) ? cookies : [cookies]) {
    const [pair = ''] = cookie.split(';');
    const [name = '', value = ''] = pair.split('=');
    if (!COOKIE_NAMES.has(name)) problems.push(`cookie ${name}`);
    if (!/^[A-Za-z0-9_%-]*$/.test(value)) problems.push(`cookie value ${JSON.stringify(value)}`);
  }
}

/** What a hosted page's JSON delivery tells the widget: where to post and where to go, registered only. */
export function checkDelivery(
  // biome-ignore lint/suspicious/noExplicitAny: answers are read loosely, field by field
  json: Record<string, any>,
  registered: Registered,
  base: string,
  problems: string[],
): void {
  const delivery = json.delivery;
  if (!delivery || typeof delivery !== 'object') return;
  if (typeof delivery.redirect_url === 'string' && !registered.allows(delivery.redirect_url, base)) {
    problems.push(`delivery redirects off the registered URLs: ${delivery.redirect_url}`);
  }
  if (typeof delivery.target_origin === 'string' && !registered.allowsOrigin(delivery.target_origin)) {
    problems.push(`delivery posts to an unregistered origin: ${delivery.target_origin}`);
  }
}

export interface Checked {
  problems: string[];
  // biome-ignore lint/suspicious/noExplicitAny: answers are read loosely, field by field
  json?: Record<string, any>;
}

/** Every oracle on one answer. */
export function checkAnswer(
  res: FuzzResponse,
  request: { method: string; headers: Record<string, string | string[]> },
  registered: Registered,
  base: string,
): Checked {
  const problems: string[] = [];
  if (res.error) {
    problems.push(`no answer: ${res.error}`);
    return { problems };
  }
  if (res.status >= 500) problems.push(`${res.status}: ${res.text.slice(0, 200)}`);
  const type = header(res, 'content-type') ?? '';
  const origin = request.headers.origin;
  checkHeaders(res, Array.isArray(origin) ? undefined : origin, registered, base, problems);
  if (request.method === 'HEAD') return { problems };
  // biome-ignore lint/suspicious/noExplicitAny: answers are read loosely, field by field
  let json: Record<string, any> | undefined;
  if (type.startsWith('application/json')) {
    try {
      json = JSON.parse(res.text);
    } catch {
      problems.push(`${res.status} says JSON but is not: ${res.text.slice(0, 120)}`);
    }
  }
  if (type.startsWith('text/html')) {
    checkHtml(res.text, problems);
    checkLinks(res.text, registered, base, problems);
  }
  if (res.status >= 400) {
    // Hosted pages answer their errors as pages under their CSP (a shopper's browser reads them); all else in JSON.
    const hostedPage =
      type.startsWith('text/html') &&
      (header(res, 'content-security-policy') ?? '').startsWith("default-src 'none'");
    if (!hostedPage) checkErrorJson(res, problems);
  } else if (json) {
    if (json.success === true) registered.learn(json);
    checkDelivery(json, registered, base, problems);
  }
  return json ? { problems, json } : { problems };
}
