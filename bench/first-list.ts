/**
 * From the script tag to a clickable list, in headless Chromium, on a first
 * visit (a fresh browser context each load: no HTTP or preflight cache). The
 * page and the sandbox are on two origins, as in production; every request
 * reaching the sandbox is counted there, so a CORS preflight shows up. Chrome's
 * DevTools throttling adds RTT_MS to each request, preflights included, so the
 * cost of a round trip is visible on loopback. Layout shift is summed while the
 * list and its logos arrive.
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import type { Browser } from '@playwright/test';
import { Hono } from 'hono';
import { createSandbox } from '../packages/demo-server/src/sandbox/index.js';
import { median } from './browser.js';

export const FIRST_LIST_LOADS = 15;
export const RTT_MS = 40;

export interface FirstListFigures {
  /** performance.now() from the script tag's start to the first enabled method button. */
  medianMs: number;
  /** Requests to the sandbox API (logos left out) before the list was clickable, per load. */
  apiRequests: number;
  preflights: number;
  layoutShift: number;
}

type Listening = { url: string; close: () => void };

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  hostname: string,
): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname }, (info: AddressInfo) =>
      resolve({ url: `http://${hostname}:${info.port}`, close: () => server.close() }),
    );
  });
}

const page = (script: string, attributes: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>first list</title></head>
<body>
<script>performance.mark('script-start')</script>
<script src="${script}"></script>
<paydrop-checkout ${attributes}></paydrop-checkout>
<script src="/observe.js"></script>
</body></html>`;

/** Resolves window.firstList with the time to a clickable method and the layout shift around it. */
const observer = `(() => {
  let shift = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) shift += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
  const host = document.querySelector('paydrop-checkout');
  const start = performance.getEntriesByName('script-start')[0].startTime;
  window.firstList = new Promise((resolve) => {
    const check = () => {
      const button = host.shadowRoot && host.shadowRoot.querySelector('button.pd-method:not([aria-disabled="true"])');
      if (!button) return false;
      const ms = performance.now() - start;
      const images = [...host.shadowRoot.querySelectorAll('img')];
      Promise.all(images.map((img) => img.decode().catch(() => {}))).then(() =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ ms, shift }))));
      return true;
    };
    if (!check()) new MutationObserver((_, o) => check() && o.disconnect())
      .observe(host.shadowRoot || host, { subtree: true, childList: true, attributes: true });
  });
})();`;

export interface WidgetBuild {
  label: string;
  /** A widget dist/ folder holding paydrop.js. */
  dist: string;
}

/** Each build in turn, load after load, so both see the same machine. */
export async function measureFirstList(
  browser: Browser,
  builds: WidgetBuild[],
): Promise<Array<FirstListFigures & { label: string }>> {
  const sandbox = createSandbox({ dbPath: ':memory:' });
  const counted: string[] = [];
  const api = await listen((request) => {
    const path = new URL(request.url).pathname;
    if (!path.startsWith('/logos/')) counted.push(`${request.method} ${path}`);
    return sandbox.app.fetch(request);
  }, '127.0.0.1');
  const secret = `Basic ${Buffer.from(`${sandbox.project.id}:${sandbox.project.secret}`).toString('base64')}`;
  const post = async (path: string, body: object) =>
    (await (
      await sandbox.app.request(path, {
        method: 'POST',
        headers: { authorization: secret, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      })
    ).json()) as Record<string, { id: string }>;
  const customer = (await post('/customers', { first_name: 'Ada', currency: 'EUR' })).customer?.id;
  const token = (await post(`/customers/${customer}/tokens`, { return_url: 'http://localhost/' })).token?.id;
  const attributes = `project-id="${sandbox.project.id}" api-url="${api.url}" customer-id="${customer}" token-id="${token}"`;
  const scripts = builds.map((build) => readFileSync(join(build.dist, 'paydrop.js')));
  const site = new Hono()
    .get('/observe.js', (c) => c.body(observer, 200, { 'content-type': 'text/javascript' }))
    .get('/:build', (c) => c.html(page(`/${c.req.param('build')}/paydrop.js`, attributes)))
    .get('/:build/paydrop.js', (c) =>
      c.body(scripts[Number(c.req.param('build'))] ?? '', 200, { 'content-type': 'text/javascript' }),
    );
  // localhost and 127.0.0.1 are two origins: the page's requests to the sandbox are cross-origin.
  const shop = await listen(site.fetch, 'localhost');

  const runs = builds.map(() => ({
    times: [] as number[],
    shifts: [] as number[],
    perLoad: [] as string[][],
  }));
  try {
    for (let turn = 0; turn < (FIRST_LIST_LOADS + 1) * builds.length; turn++) {
      const which = turn % builds.length;
      const run = runs[which];
      if (!run) continue;
      const context = await browser.newContext();
      const tab = await context.newPage();
      const cdp = await context.newCDPSession(tab);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: RTT_MS,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
      counted.length = 0;
      await tab.goto(`${shop.url}/${which}`);
      const { ms, shift } = (await tab.evaluate('window.firstList')) as { ms: number; shift: number };
      await context.close();
      if (turn < builds.length) continue; // warm-up
      run.times.push(ms);
      run.shifts.push(shift);
      run.perLoad.push([...counted]);
    }
  } finally {
    shop.close();
    api.close();
    await sandbox.close();
  }
  return builds.map(({ label }, i) => {
    const { times, shifts, perLoad } = runs[i] ?? { times: [], shifts: [], perLoad: [] };
    const requests = perLoad.map((list) => list.length);
    if (new Set(requests).size !== 1)
      console.warn(`  (${label}: requests per load varied: ${requests.join(', ')})`);
    return {
      label,
      medianMs: median(times),
      apiRequests: median(requests),
      preflights: median(perLoad.map((list) => list.filter((r) => r.startsWith('OPTIONS ')).length)),
      layoutShift: median(shifts),
    };
  });
}

export function printFirstList(rows: Array<FirstListFigures & { label: string }>): void {
  console.log(
    `\nScript tag to clickable list (first visit, ${RTT_MS} ms RTT added by Chrome to every request, median of ${FIRST_LIST_LOADS} alternated loads)`,
  );
  for (const f of rows) {
    console.log(
      `  ${f.label.padEnd(36)} ${f.medianMs.toFixed(0).padStart(5)} ms   ${f.apiRequests} request(s) to the sandbox API ` +
        `(${f.preflights} preflight)   layout shift ${f.layoutShift.toFixed(3)}`,
    );
  }
}
