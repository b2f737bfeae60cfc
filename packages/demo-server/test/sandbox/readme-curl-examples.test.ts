import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basic, configId, createCustomerAndToken, startSandbox, type TestSandbox } from './helpers.js';
import { shellWords } from './seed-curl.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

/** Every `curl` command in the README's sh blocks, continuation lines joined, trailing comments dropped. */
function readmeCurls(): string[] {
  const blocks = [...readme.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
  return blocks
    .flatMap((block) => block.replace(/\\\n\s*/g, ' ').split('\n'))
    .map((line) => line.replace(/\s+#(?=(?:[^"']|"[^"]*"|'[^']*')*$).*$/, '').trim())
    .filter((line) => line.startsWith('curl '));
}

let t: TestSandbox;
let fill: Record<string, string>;
beforeAll(async () => {
  t = await startSandbox();
  const { customer, token } = await createCustomerAndToken(t);
  const deleted = await createCustomerAndToken(t);
  await t.api('DELETE', `/customers/${deleted.customer.id}/tokens/${deleted.token.id}`);
  const events = (await t.api('GET', '/events')).body as unknown as { events: Array<{ id: string }> };
  const invoice = (await t.api('POST', '/invoices', { name: 'Lamp', amount: '10.00', currency: 'EUR' })).body
    .invoice;
  const session = (await t.api('POST', `/customers/${customer.id}/sessions`)).body.session;
  const checkout = (
    await t.api('POST', '/checkout-sessions', {
      mode: 'token',
      customer_id: customer.id,
      success_url: 'https://shop.example/done',
      cancel_url: 'https://shop.example/cancel',
    })
  ).body.checkout_session;
  const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
  // Longest first, so `sess_….…` is replaced before anything inside it.
  fill = {
    '"$(date -u -d \'+1 day\' +%FT%TZ)"': tomorrow,
    $S: t.url,
    $K: `${t.project.id}:${t.project.secret}`,
    $P: `${t.project.id}:`,
    'sess_….…': String(session.token),
    'test-proj_…': t.project.id,
    'gway_conf_…': await configId(t),
    'gway_req_…': 'gway_req_unknown',
    'cust_…': customer.id,
    'tok_…': token.id,
    'iv_…': invoice.id,
    'cs_…': checkout.id,
    'ev_…': events.events[0]?.id ?? '',
    'tr_…': 'tr_unknown',
    're_…': 're_unknown',
  };
});
afterAll(() => t.close());

/** Sends a README command the way curl would: -d means a form POST unless -X says otherwise. */
async function run(command: string) {
  let text = command;
  for (const [placeholder, value] of Object.entries(fill)) text = text.replaceAll(placeholder, value);
  const words = shellWords(text).slice(1);
  const headers: Record<string, string> = {};
  const data: string[] = [];
  let method = '';
  let url = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const value = () => words[++i] ?? '';
    if (word === '-u') headers.authorization = basic(...(value().split(/:(.*)/s) as [string, string]));
    else if (word === '-X') method = value();
    else if (word === '-d') data.push(value());
    else if (word === '-H') {
      const [name = '', ...rest] = value().split(':');
      headers[name.toLowerCase()] = rest.join(':').trim();
    } else if (word === '-i') continue;
    else if (word.startsWith('-') || url) throw new Error(`curl would not read ${word} in: ${command}`);
    else url = word;
  }
  if (data.length > 0) headers['content-type'] ??= 'application/x-www-form-urlencoded';
  method ||= data.length > 0 ? 'POST' : 'GET';
  expect(url, command).not.toContain('…');
  const response = await fetch(url, {
    method,
    headers,
    body: data.length ? data.join('&') : undefined,
    redirect: 'manual',
  });
  return { method, status: response.status, text: await response.text() };
}

describe('the README’s curl examples', () => {
  it('are all found', () => {
    expect(readmeCurls().length).toBeGreaterThan(35);
  });

  it('each reach a real route with credentials it accepts', async () => {
    for (const command of readmeCurls()) {
      const res = await run(command);
      expect(res.text, command).not.toContain('No such endpoint');
      expect(res.status, command).not.toBe(401);
      expect(res.status, command).toBeLessThan(500);
    }
  });

  it('send a POST for every capture, void and refund', () => {
    // Listing or reading a transaction's refunds is a GET; every other refunds, capture or void URL moves money.
    const reads = /\/transactions\/tr_…\/refunds(\/re_…)?$/;
    const moves = readmeCurls().filter((c) => /\/(capture|void|refunds)\b/.test(c) && !reads.test(c));
    expect(moves.length).toBeGreaterThanOrEqual(6);
    for (const command of moves) expect(command, command).toMatch(/-X POST| -d /);
  });
});
