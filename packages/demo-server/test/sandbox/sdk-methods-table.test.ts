import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type TestSandbox } from './helpers.js';
import { SDK_METHODS } from './sdk/wire.js';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');

interface Row {
  name: string;
  request: string;
  supported: boolean;
}

/** The rows of the README's SDK table: `| \`method\` | \`VERB /path\` | yes/no | … |`. */
function tableRows(): Row[] {
  const section = readme.slice(readme.indexOf('## Official ProcessOut SDKs'));
  return [...section.matchAll(/^\| `([^`]+)` \| `([^`]+)` \| (yes|no) \|/gm)].map((m) => ({
    name: m[1] ?? '',
    request: m[2] ?? '',
    supported: m[3] === 'yes',
  }));
}

/** `/invoices/:invoiceId/capture` and `/invoices/:invoice_id/capture` name the same route. */
const shape = (request: string) => request.replace(/:\w+/g, ':');

let t: TestSandbox;
let routes: Set<string>;
beforeAll(async () => {
  t = await startSandbox();
  routes = new Set(t.sandbox.app.routes.map((r) => shape(`${r.method} ${r.path}`)));
});
afterAll(() => t.close());

describe('the README’s SDK table', () => {
  it('lists every method of wire.ts, in order, with its request and whether the sandbox supports it', () => {
    const fromWire = SDK_METHODS.map((m) => ({
      name: m.name,
      request: `${m.method} ${m.path}`,
      supported: m.supported,
    }));
    expect(tableRows()).toEqual(fromWire);
  });

  it('says yes exactly where the server has the route', () => {
    for (const row of tableRows()) {
      expect(routes.has(shape(row.request)), `${row.name}: ${row.request}`).toBe(row.supported);
    }
  });

  it('answers an unsupported method the way the SDK reads a missing route: a 404 with error_type', async () => {
    for (const row of tableRows().filter((r) => !r.supported)) {
      const [method = '', path = ''] = row.request.split(' ');
      const res = await t.api(method, path.replace(/:\w+/g, 'x_unknown'), method === 'GET' ? undefined : {});
      expect(res.status, row.request).toBe(404);
      expect(res.body.error_type, row.request).toBe('resource.not-found');
    }
  });
});
