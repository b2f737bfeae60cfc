import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import type { FuzzRequest } from './client.js';
import type { AuthKind, FieldKind, IdKind, RouteSpec } from './routes.js';
import type { World } from './world.js';

/**
 * Markers the oracles look for. `<fuzz`, `"fuzzq` and `'fuzzq` must never
 * reach a page unescaped; `fzinj` follows a character no header may take from
 * input, so it must never reach a header (a registered Location apart).
 */
export const HTML_PAYLOADS = [
  '<fuzz-tag>',
  'x"fuzzq onfocus=alert(1) y="',
  "x'fuzzq onfocus=alert(1) y='",
  '</script><fuzz-script>',
  '--><fuzz-comment>',
  '<svg/onload=alert(1)><fuzz-svg>',
  '&lt;fuzz-pre-escaped&gt;',
];

export const SQL_PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE customers; --",
  '" OR 1=1 --',
  '1); SELECT secret FROM projects; --',
  "%' UNION SELECT * FROM projects --",
  "cust_x' --",
];

export const TRAVERSAL = [
  '..',
  '.',
  '../../../../etc/passwd',
  '..%2f..%2fcustomers',
  '%2e%2e',
  '%2e%2e%2f%2e%2e%2fevents',
  '..\\..\\windows',
  '%2F',
  'a%00b',
  '%00',
];

export const BAD_ENCODING = [
  '%',
  '%zz',
  '%e2%82',
  '%c3%28',
  '%ff%fe',
  '%ed%a0%80',
  '%F0%9F%92',
  '%%32%35',
  '%u0041',
];

export const URL_PAYLOADS = [
  'https://shop.example;fzinj/done',
  'https://shop.example,fzinj',
  "https://shop.example'fzinj",
  'https://shop.example*fzinj',
  'https://shop.example fzinj',
  'https://shop.example\\@evil.example',
  'https://user:pw@shop.example/',
  '//evil.example/x',
  'https:evil.example',
  'http://[::1',
  'yourapp://x;fzinj',
  'data:text/html,<fuzz-data>',
  'javascript:alert(1)//fuzzq',
  'JaVaScRiPt:alert(1)',
  ' https://shop.example/',
  'https://shop.example\t/fzinj',
  'https://shop.example\r\nSet-Cookie: fzinj=1',
  'https://shop.example:99999/',
  'https://-bad-.example/',
  'https://shop.example/<fuzz-path>"fuzzq',
  'https://shop.example/?q="fuzzq<fuzz-query>',
  'https://evil.example/',
  'http://127.0.0.1:1/x',
  'ftp://shop.example/',
  'https://xn--.example/',
  'https://shop.example%3Bfzinj/',
  'https://[::1]:8080/',
];

const HEADER_PAYLOADS = [
  'fzinj',
  ';fzinj',
  'x, fzinj',
  '"fzinj',
  'https://evil.example',
  'null',
  'https://shop.example;fzinj',
  'https://shop.example fzinj',
  '\u00ff\u00fe fzinj',
];

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'];
/** Letters, digits, `_` and `-` (fc.stringMatching costs far more per value). */
export const word = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(...ALNUM), minLength, maxLength });

/** encodeURIComponent, for lone surrogates too (as their UTF-8 replacement character). */
export const pct = (s: string) =>
  encodeURIComponent(
    s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );

const huge = (n: number) => fc.constantFrom('a', '<', '\u00e9', '%', "'").map((c) => c.repeat(n));

/** A string a hostile caller would try in any field. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HTML_PAYLOADS) },
  { weight: 2, arbitrary: fc.constantFrom(...SQL_PAYLOADS) },
  { weight: 2, arbitrary: fc.constantFrom(...TRAVERSAL) },
  { weight: 1, arbitrary: fc.constantFrom(...BAD_ENCODING) },
  { weight: 2, arbitrary: fc.constantFrom(...URL_PAYLOADS) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\t',
      '\u0000',
      'a\u0000b',
      '\ud800',
      '\udfff\ud800',
      '\u202efuzz',
      '\ufeff',
      '__proto__',
      'constructor',
      'true',
      'null',
      '1e400',
      '2030-01-01T12:00:00Z',
      '2000-01-01T00:00:00+02:00',
      '2026-13-45T25:61:61Z',
      '0.001',
      '9.99',
      '-0',
      'NaN',
      '0x10',
      '١٢٣',
      'ǅ',
      '\u{1F4A9}',
    ),
  },
  { weight: 1, arbitrary: huge(300) },
  { weight: 1, arbitrary: huge(5_000) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'grapheme' }) },
);

/** Wrong types, for a field whose schema wants a string (or the other way round). */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 1e308, 9.99, Number.MAX_SAFE_INTEGER + 2),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(fc.string({ maxLength: 8 }), fc.integer()), {
    maxKeys: 3,
  }),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant([[[[[[[[[[['deep']]]]]]]]]]]),
  fc.constant({ toString: 'x', valueOf: 1 }),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: wrongType },
);

const futureIso = (ms: number) => new Date(Date.now() + ms).toISOString();

/** A real ID: the fuzzed project's, or (unless `onlyMine`) another project's in the same database. */
export function idOf(world: World, kind: IdKind, onlyMine = false): fc.Arbitrary<string> {
  const pick = (mine: string[], theirs: string[]) =>
    onlyMine
      ? fc.constantFrom(...(mine.length ? mine : ['none']))
      : fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...(mine.length ? mine : ['none'])) },
          { weight: 2, arbitrary: fc.constantFrom(...(theirs.length ? theirs : ['none'])) },
        );
  const { mine, theirs } = world;
  switch (kind) {
    case 'project':
      return onlyMine
        ? fc.constant(world.project.id)
        : fc.constantFrom(world.project.id, world.project.id, world.other.id);
    case 'logo':
      return fc.constantFrom(...mine.logo).map((name) => `${name}.svg`);
    default:
      return pick(mine[kind], theirs[kind]);
  }
}

/** An ID where one is expected: a real one (ours, or another project's), or an attack on it. */
export function hostileId(world: World, kind: IdKind): fc.Arbitrary<string> {
  const others: IdKind[] = ['customer', 'token', 'invoice', 'event', 'transaction', 'checkoutSession'];
  return fc.oneof(
    { weight: 6, arbitrary: idOf(world, kind) },
    { weight: 1, arbitrary: fc.constantFrom(...others).chain((k) => idOf(world, k)) },
    { weight: 1, arbitrary: idOf(world, kind).map((id) => `${id}x`) },
    { weight: 1, arbitrary: idOf(world, kind).map((id) => id.toUpperCase()) },
    {
      weight: 1,
      arbitrary: fc.tuple(idOf(world, kind), fc.constantFrom(...TRAVERSAL)).map(([id, t]) => `${id}/${t}`),
    },
    { weight: 3, arbitrary: hostileString.filter((s) => s.length > 0) },
  );
}

function validValue(world: World, kind: FieldKind): fc.Arbitrary<unknown> {
  if (typeof kind === 'object') return idOf(world, kind.id, true);
  switch (kind) {
    case 'text':
      return fc.oneof(fc.constant('Fuzz'), fc.string({ minLength: 1, maxLength: 20 }));
    case 'longText':
      return fc.string({ minLength: 1, maxLength: 100 });
    case 'email':
      return fc.constantFrom('ada@example.com', 'fuzz+1@shop.example');
    case 'currency':
      return fc.constantFrom('EUR', 'USD', 'JPY', 'KWD', 'eur', 'CLF');
    case 'amount':
      // Whole units: valid in every currency (JPY has no minor units, KWD three).
      return fc.constantFrom('1', '2');
    case 'url':
      return fc.constantFrom(
        'https://shop.example/return',
        'http://127.0.0.1:3000/back',
        'yourapp://shop/done',
        'https://shop.example/p?q=1#f',
        'https://[::1]:8443/x',
      );
    case 'webhookUrl':
      return fc.constantFrom('http://127.0.0.1:9/hooks', 'https://shop.example/hooks');
    case 'flag':
      return fc.constantFrom(true, false, 'true', 'false', '1', '0', 'on');
    case 'metadata':
      return fc.dictionary(word(1, 10), fc.string({ maxLength: 10 }), { maxKeys: 3 });
    case 'datetime':
      // Inside the 7-day authorization window.
      return fc.constantFrom(futureIso(3_600_000), futureIso(86_400_000));
    case 'source':
      return fc.oneof(idOf(world, 'token'), idOf(world, 'gatewayRequest'));
    case 'gatewayRequest':
      return idOf(world, 'gatewayRequest');
    case 'outcome':
      return fc.constantFrom('approve', 'approve-async', 'decline', 'cancel');
    case 'account':
    case 'omit':
      // Valid as left out: what it must agree with (the APM, `capture_amount`, `auto_capture_at`) is not generated.
      return fc.constant(ABSENT);
    case 'mode':
      return fc.constant('payment');
    case 'locale':
      return fc.constantFrom('en', 'ja-JP', 'pt-BR');
    case 'customer':
      return fc.record(
        {
          first_name: fc.constant('Ada'),
          email: fc.constant('ada@example.com'),
          currency: fc.constantFrom('EUR', 'JPY'),
        },
        { requiredKeys: [] },
      );
    case 'sessionAction':
      return fc.constantFrom('confirm', 'cancel');
    case 'filter':
      return fc.constantFrom(
        'alternative-payment-methods',
        'alternative-payment-methods-with-tokenization',
        'card-payments',
      );
    case 'shopper':
      return fc.constantFrom('ada', 'grace', 'nobody');
    case 'attempt':
      return word(8, 20);
    case 'capture':
      return fc.constantFrom('now', 'later', 'auto');
    case 'nullOnly':
      return fc.constant(null);
    case 'freshState':
      return word(8, 24);
    case 'off':
      return fc.constantFrom(false, 'false', '0', null);
    case 'bool':
      return fc.constantFrom(true, false, 'true', 'false');
  }
}

const ABSENT = Symbol('absent');

/**
 * Which parts of a request are broken: `chaos` (each part on its own may be), or
 * the named ones only (`auth`, `method`, `encoding`, `headers`, `query`, `extra`,
 * `param:<name>`, `field:<name>`, `query:<name>`); an empty set is a valid request.
 */
export type Faults = 'chaos' | ReadonlySet<string>;

const broken = (faults: Faults, part: string) => faults !== 'chaos' && faults.has(part);

/** A body or query: each field valid, hostile, or left out; sometimes a field nobody declared. */
export function fieldsOf(
  world: World,
  fields: Record<string, FieldKind> = {},
  faults: Faults = 'chaos',
  prefix = 'field:',
  required: readonly string[] = [],
): fc.Arbitrary<Record<string, unknown>> {
  const bad = (kind: FieldKind) =>
    fc.oneof(
      { weight: 2, arbitrary: hostileValue },
      { weight: 1, arbitrary: typeof kind === 'object' ? hostileId(world, kind.id) : hostileString },
      { weight: 1, arbitrary: fc.constant(ABSENT) },
    );
  const good = (kind: FieldKind, name: string) =>
    required.includes(name)
      ? validValue(world, kind)
      : fc.oneof(
          { weight: 4, arbitrary: validValue(world, kind) },
          { weight: 1, arbitrary: fc.constant(ABSENT) },
        );
  const entries = Object.entries(fields).map(([name, kind]) =>
    (faults === 'chaos'
      ? fc.oneof({ weight: 3, arbitrary: good(kind, name) }, { weight: 2, arbitrary: bad(kind) })
      : broken(faults, `${prefix}${name}`)
        ? bad(kind)
        : good(kind, name)
    ).map((value) => [name, value] as const),
  );
  const extraField = fc.tuple(
    fc.oneof(fc.constantFrom('__proto__', 'constructor', 'metadata[x]', 'a.b', ''), hostileString),
    hostileValue,
  );
  const extra =
    faults === 'chaos'
      ? fc.option(extraField, { freq: 4 })
      : broken(faults, 'extra')
        ? extraField
        : fc.constant(null);
  return fc.tuple(fc.tuple(...entries), extra).map(([pairs, more]) => {
    const out: Record<string, unknown> = {};
    for (const [name, value] of pairs)
      if (value !== ABSENT)
        Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
    if (more)
      Object.defineProperty(out, more[0], {
        value: more[1],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    return out;
  });
}

/** Form encoding as curl and the SDKs send it: `metadata[k]=v`, arrays as repeated keys. */
function formPairs(body: Record<string, unknown>): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const [key, value] of Object.entries(body)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) pairs.push([key, String(v)]);
    else if (typeof value === 'object') {
      for (const [k, v] of Object.entries(value))
        pairs.push([`${key}[${k}]`, typeof v === 'object' ? JSON.stringify(v) : String(v)]);
    } else pairs.push([key, String(value)]);
  }
  return pairs;
}

const CONTENT_TYPES = [
  'text/plain',
  'multipart/form-data; boundary=fuzz',
  'application/json; charset=utf-16',
  'APPLICATION/JSON',
  'application/x-www-form-urlencoded; charset=latin1',
  'application/json, application/x-www-form-urlencoded',
  'application/jsonfzinj',
];

type Encoded = { body?: Buffer; contentType?: string };

/** The body in one of the ways a client (or an attacker) might send it. */
export function encodedBody(body: Record<string, unknown>, faults: Faults = 'chaos'): fc.Arbitrary<Encoded> {
  const json = JSON.stringify(body);
  const form = new URLSearchParams(formPairs(body)).toString();
  const firstKey = Object.keys(body)[0];
  const good = [
    {
      weight: 5,
      arbitrary: fc.constant<Encoded>({ body: Buffer.from(json), contentType: 'application/json' }),
    },
    {
      weight: 4,
      arbitrary: fc.constant<Encoded>({
        body: Buffer.from(form),
        contentType: 'application/x-www-form-urlencoded',
      }),
    },
  ];
  if (faults !== 'chaos' && !faults.has('encoding')) return fc.oneof(...good);
  const bad: Array<{ weight: number; arbitrary: fc.Arbitrary<Encoded> }> = [
    { weight: 1, arbitrary: fc.constant({ body: Buffer.from(form) }) },
    { weight: 1, arbitrary: fc.constant({}) },
    // The same field twice: the form's last value wins; JSON.parse keeps the last duplicate key.
    {
      weight: 1,
      arbitrary: hostileString.map((s) => ({
        body: Buffer.from(firstKey ? `${form}&${pct(firstKey)}=${pct(s)}&${form}` : form),
        contentType: 'application/x-www-form-urlencoded',
      })),
    },
    {
      weight: 1,
      arbitrary: hostileValue.map((v) => ({
        body: Buffer.from(
          firstKey && json.length > 2
            ? `{${JSON.stringify(firstKey)}:${JSON.stringify(v) ?? 'null'},${json.slice(1)}`
            : json,
        ),
        contentType: 'application/json',
      })),
    },
    // Bad percent-encoding and invalid UTF-8, in a form and in JSON.
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...BAD_ENCODING), fc.constantFrom(...Object.keys(body), 'k'))
        .map(([bad, key]) => ({
          body: Buffer.from(`${form}&${key}=${bad}&${bad}=1`, 'latin1'),
          contentType: 'application/x-www-form-urlencoded',
        })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          Buffer.from([0xff, 0xfe]),
          Buffer.from([0xc3, 0x28]),
          Buffer.from([0xed, 0xa0, 0x80]),
          Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80]),
        )
        .chain((bytes) =>
          fc.constantFrom(
            {
              body: Buffer.concat([
                Buffer.from(`${json.slice(0, -1)}${json.length > 2 ? ',' : ''}"bad":"`),
                bytes,
                Buffer.from('"}'),
              ]),
              contentType: 'application/json',
            },
            {
              body: Buffer.concat([Buffer.from(`${form}&${firstKey ?? 'k'}=`), bytes]),
              contentType: 'application/x-www-form-urlencoded',
            },
          ),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(...CONTENT_TYPES)
        .map((contentType) => ({ body: Buffer.from(json), contentType })),
    },
    { weight: 1, arbitrary: fc.constant({ body: Buffer.from(form), contentType: 'application/json' }) },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          '[]',
          'null',
          '"x"',
          '1',
          '{',
          '{"a":1}}',
          '\u00ff',
          '{"__proto__":{"polluted":1}}',
          '{"a":'.repeat(2000),
        )
        .map((s) => ({ body: Buffer.from(s), contentType: 'application/json' })),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(70_000, 66_000)
        .map((n) => ({ body: Buffer.from(`{"name":"${'x'.repeat(n)}"}`), contentType: 'application/json' })),
    },
  ];
  return faults === 'chaos' ? fc.oneof(...good, ...bad) : fc.oneof(...bad);
}

/** A path segment as written on the wire: encoded, raw (its slashes and dots intact), or its bytes as latin1. */
/**
 * Bytes above 0x7f in a request line are refused by Node's parser before any app sees them: the sandbox's
 * own server answers that in JSON; the merchant has no server of its own (Vite's mounts it in `pnpm dev`).
 */
function segment(value: string, server: 'sandbox' | 'merchant'): fc.Arbitrary<string> {
  const top = server === 'sandbox' ? '\u00ff' : '\u007e';
  const rawSafe = [...value]
    .map((ch) => (ch > ' ' && ch !== '\u007f' && ch <= top && ch !== '#' && ch !== '?' ? ch : pct(ch)))
    .join('');
  // The merchant's server is not its own (see above): a request line over Node's 16 KiB is refused before it.
  if (server === 'merchant' && rawSafe.length > 2_000) return fc.constant(pct(value.slice(0, 300)));
  if (server === 'merchant')
    return fc.oneof(
      { weight: 2, arbitrary: fc.constant(pct(value)) },
      { weight: 1, arbitrary: fc.constant(rawSafe) },
    );
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(pct(value)) },
    { weight: 2, arbitrary: fc.constant(rawSafe) },
    {
      weight: 1,
      arbitrary: fc.constant(
        Buffer.from(value, 'utf8')
          .toString('latin1')
          .replace(/[^!-~\u0080-\u00ff]|[#?]/g, (c) => pct(c)),
      ),
    },
  );
}

export function pathOf(
  world: World,
  server: 'sandbox' | 'merchant',
  template: string,
  params: Record<string, IdKind> = {},
  faults: Faults = 'chaos',
): fc.Arbitrary<string> {
  const parts = template.split('/').map((part) => {
    if (!part.startsWith(':')) return fc.constant(part);
    const name = part.slice(1).replace(/\{.*$/, '');
    const kind = params[name];
    if (!kind) throw new Error(`no generator for the path parameter ${name} of ${template}`);
    // An asset's name keeps its slash (`i18n/fr.mjs`); every other ID is one segment.
    const clean = (id: string) => (kind === 'asset' ? pct(id).replace(/%2F/g, '/') : pct(id));
    if (faults !== 'chaos' && !faults.has(`param:${name}`)) return idOf(world, kind, true).map(clean);
    return hostileId(world, kind).chain((value) => segment(value, server));
  });
  return fc.tuple(...parts).map((p) => p.join('/'));
}

export function queryOf(
  world: World,
  fields: Record<string, FieldKind> | undefined,
  faults: Faults = 'chaos',
): fc.Arbitrary<string> {
  const clean = faults !== 'chaos' && !faults.has('query');
  if (!fields && clean) return fc.constant('');
  if (!fields)
    return fc.oneof(
      fc.constant(''),
      fc.constantFrom('?x=%zz', '?a=1&a=2', '?%ff=1', '?project_id=&project_id='),
    );
  return fc
    .tuple(
      fieldsOf(world, fields, faults, 'query:'),
      clean ? fc.constant(null) : fc.option(fc.constantFrom(...BAD_ENCODING), { freq: 5 }),
      clean ? fc.constant(false) : fc.boolean(),
    )
    .map(([q, bad, dup]) => {
      const pairs = formPairs(q);
      if (dup && pairs[0]) pairs.push([pairs[0][0], 'fzdup']);
      let s = new URLSearchParams(pairs).toString();
      if (bad) s += `&${Object.keys(fields)[0]}=${bad}`;
      return s ? `?${s}` : '';
    });
}

function authHeader(world: World, auth: AuthKind, faults: Faults): fc.Arbitrary<string | undefined> {
  const c = world.credentials;
  const right: Record<AuthKind, Array<string | undefined>> = {
    secret: [c.secret],
    secretOrSession: [c.secret, c.session],
    public: [c.public, c.secret],
    publicRead: [c.public, undefined],
    none: [undefined],
    cookie: [undefined],
    webhook: [undefined],
  };
  const wrong = [
    undefined,
    c.otherSecret,
    c.otherPublic,
    c.otherSession,
    c.expiredSession,
    c.wrongSecret,
    c.public,
    c.session,
    'Basic',
    'Basic !!!!',
    `Basic ${Buffer.from(':').toString('base64')}`,
    `Basic ${Buffer.from(`${world.project.id}`).toString('base64')}`,
    `Basic ${Buffer.from(`' OR 1=1 --:x`).toString('base64')}`,
    `Basic ${Buffer.from(`\u00ff\u00fe:\u0000`, 'latin1').toString('base64')}`,
    'Bearer sess_x.y',
    `${c.session.slice(0, -2)}AA`,
    `bearer ${c.session.slice(7)}`,
    `Bearer ${c.session.slice(7)} extra`,
    `Basic ${'A'.repeat(4000)}`,
    'Digest username="x"',
  ];
  if (faults !== 'chaos') return fc.constantFrom(...(faults.has('auth') ? wrong : right[auth]));
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...right[auth]) },
    { weight: 1, arbitrary: fc.constantFrom(...wrong) },
  );
}

/** Header values as node:http lets a client send them: no controls but tab. */
const headerSafe = (s: string) => s.replace(/[^\t\x20-\x7e\x80-\xff]/g, '?');

export function headersOf(
  world: World,
  spec: RouteSpec,
  server: 'sandbox' | 'merchant',
  faults: Faults = 'chaos',
): fc.Arbitrary<Record<string, string | string[]>> {
  if (faults !== 'chaos' && !faults.has('headers')) {
    // A well-behaved client: its credential, and the merchant's session cookie.
    return authHeader(world, spec.auth, faults).map((authorization) => {
      const out: Record<string, string> = { accept: 'application/json' };
      if (authorization) out.authorization = authorization;
      if (server === 'merchant') out.cookie = world.mine.cookie;
      return out;
    });
  }
  const origins = [
    'https://shop.example',
    'http://shop.example',
    'https://evil.example',
    'null',
    world.sandboxUrl,
    'https://shop.example;fzinj',
    'https://shop.example fzinj',
    'https://shop.example/',
    'yourapp://shop',
  ];
  const cookie =
    server === 'merchant'
      ? fc.constantFrom(
          world.mine.cookie,
          world.mine.cookie,
          '',
          'paydrop_demo_session=../../etc',
          'paydrop_demo_session=%zz; paydrop_demo_session=x',
          `paydrop_demo_session=${'a'.repeat(3000)}`,
        )
      : fc.constantFrom(
          '',
          'paydrop_hosted_page=coop',
          'paydrop_hosted_page=fzinj;x',
          'paydrop_hosted_page=%zz',
          'paydrop_hosted_page=coop,close-without-message,close-without-message',
        );
  return fc
    .record({
      authorization: authHeader(world, spec.auth, faults === 'chaos' ? faults : new Set(['auth'])),
      origin: fc.option(fc.oneof(fc.constantFrom(...origins), hostileString.map(headerSafe)), { freq: 2 }),
      accept: fc.constantFrom('application/json', 'text/html', '*/*', undefined),
      cookie,
      idempotency: fc.option(
        fc.oneof(word(6, 12), fc.constantFrom(...HEADER_PAYLOADS), hostileString.map(headerSafe)),
        { freq: 4 },
      ),
      fetchSite: fc.option(fc.constantFrom('cross-site', 'same-origin', 'none'), { freq: 3 }),
      extra: fc.option(
        fc.constantFrom<[string, string | string[]]>(
          ['x-forwarded-host', 'evil.example'],
          ['x-forwarded-proto', 'fzinj'],
          ['authorization', 'Basic x'],
          ['origin', 'https://shop.example'],
          ['expect', '100-continue'],
          ['accept-encoding', 'gzip;q=fzinj'],
        ),
        { freq: 6 },
      ),
    })
    .map((h) => {
      const out: Record<string, string | string[]> = {};
      if (h.authorization) out.authorization = h.authorization;
      if (h.origin) out.origin = headerSafe(h.origin);
      if (h.accept) out.accept = h.accept;
      if (h.cookie) out.cookie = h.cookie;
      if (h.idempotency) out['idempotency-key'] = headerSafe(h.idempotency);
      if (h.fetchSite) out['sec-fetch-site'] = h.fetchSite;
      if (h.extra) {
        const [name, value] = h.extra;
        // A second Authorization or Origin: duplicate headers.
        const had = out[name];
        out[name] = had === undefined ? value : [String(had), String(value)];
      }
      return out;
    });
}

const OTHER_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND'];
/**
 * A method Node's parser does not know never reaches an app: the sandbox's own server answers it in JSON
 * (and the raw property sends worse); the merchant's is whatever server mounts it (Vite's in `pnpm dev`).
 */
const UNKNOWN_METHODS = ['FUZZ', 'GETT'];

export interface Planned extends FuzzRequest {
  route: string;
  spec: RouteSpec;
  /** What was broken on purpose: `chaos`, or the parts named (none: a valid request). */
  faults: 'chaos' | string[];
}

/** One request to one route: mostly its own method, sometimes another; every part generated. */
export function requestTo(
  world: World,
  route: string,
  spec: RouteSpec,
  server: 'sandbox' | 'merchant',
): fc.Arbitrary<Planned> {
  const [method = 'GET', template = '/'] = route.split(' ');
  const parts = [
    'auth',
    'method',
    'headers',
    'query',
    'extra',
    ...(spec.body || method !== 'GET' ? ['encoding'] : []),
    ...Object.keys(spec.params ?? {}).map((name) => `param:${name}`),
    ...Object.keys(spec.body ?? {}).map((name) => `field:${name}`),
    ...Object.keys(spec.query ?? {}).map((name) => `query:${name}`),
  ];
  // A valid request, one broken part (so a refusal can be pinned on it), or anything broken at once.
  const faults: fc.Arbitrary<Faults> = fc.oneof(
    { weight: 2, arbitrary: fc.constant(new Set<string>()) },
    { weight: 5, arbitrary: fc.constantFrom(...parts).map((part) => new Set([part])) },
    { weight: 3, arbitrary: fc.constant<Faults>('chaos') },
  );
  const otherMethod = fc.constantFrom(...OTHER_METHODS, ...(server === 'sandbox' ? UNKNOWN_METHODS : []));
  return faults
    .chain((f) =>
      fc.record({
        faults: fc.constant(f),
        method:
          f === 'chaos'
            ? fc.oneof({ weight: 8, arbitrary: fc.constant(method) }, { weight: 1, arbitrary: otherMethod })
            : f.has('method')
              ? otherMethod
              : fc.constant(method),
        path: pathOf(world, server, template, spec.params, f),
        query: queryOf(world, spec.query, f),
        headers: headersOf(world, spec, server, f),
        body:
          spec.body || method !== 'GET'
            ? fieldsOf(world, spec.body, f, 'field:', spec.required).chain((b) => encodedBody(b, f))
            : fc.constant<Encoded>({}),
      }),
    )
    .map(({ faults: f, method: m, path, query, headers, body }) => {
      const all = { ...headers };
      if (body.contentType) all['content-type'] = body.contentType;
      if (server === 'merchant' && spec.auth === 'webhook' && body.body) {
        all['paydrop-signature'] = webhookSignature(world.merchantSecret, body.body);
      }
      return {
        route,
        spec,
        faults: f === 'chaos' ? f : [...f],
        method: m,
        path: `${path}${query}`,
        headers: all,
        body: m === 'GET' || m === 'HEAD' ? undefined : body.body,
      };
    });
}

/** A delivery signed as the sandbox signs it, so the receiver's parsing is reached, not only its signature check. */
function webhookSignature(secret: string, body: Buffer): string {
  const t = Math.floor(Date.now() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret)
    .update(`${t}.${body.toString('utf8')}`)
    .digest('hex')}`;
}
