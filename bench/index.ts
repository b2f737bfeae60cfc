/**
 * `pnpm bench`: every figure of the README's "Measured" table in one run.
 *   pnpm bench                         all sections
 *   pnpm bench sizes parse first-list load   some of them
 *   --compare-widget=<dist folder>     also time another widget build (e.g. an older checkout's)
 *   --compare-sandbox=<bin>            also load another paydrop-sandbox bin
 * Needs `pnpm build` first (the widget's dist/).
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './browser.js';
import { loadBundles } from './bundles.js';
import { measureFirstList, printFirstList } from './first-list.js';
import { measureParseTimes, printParseTimes } from './parse-time.js';
import { printReadmeRows } from './readme-rows.js';
import { printLoad, sandboxLoad } from './sandbox-load.js';
import { measureSizes, printSizes } from './sizes.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'compare-widget': { type: 'string' }, 'compare-sandbox': { type: 'string' } },
});
const sections = new Set(positionals.length > 0 ? positionals : ['sizes', 'parse', 'first-list', 'load']);
const root = join(import.meta.dirname, '..');
const chromium = execFileSync('/usr/bin/chromium', ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] })
  .toString()
  .trim();
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

console.log(`Paydrop bench, ${new Date().toISOString().slice(0, 10)}: Node ${process.version}, ${chromium}`);
console.log(
  `load average at start: ${load()} (other work on this machine skews absolute figures; ratios less)`,
);

const bundles = await loadBundles();
const sizes = sections.has('sizes') || sections.has('parse') ? measureSizes(bundles) : undefined;
if (sections.has('sizes') && sizes) printSizes(sizes);

const browser = sections.has('parse') || sections.has('first-list') ? await launchChromium() : undefined;
const parse = browser && sections.has('parse') ? await measureParseTimes(browser, bundles) : undefined;
if (parse) printParseTimes(parse);
const builds = [{ label: 'this checkout', dist: join(root, 'packages/widget/dist') }];
if (values['compare-widget']) builds.push({ label: 'compared build', dist: values['compare-widget'] });
const firstList = browser && sections.has('first-list') ? await measureFirstList(browser, builds) : undefined;
if (firstList) printFirstList(firstList);
await browser?.close();

const sandboxes = [
  { label: 'sandbox (this checkout)', bin: join(root, 'packages/demo-server/bin/paydrop-sandbox.js') },
];
if (values['compare-sandbox'])
  sandboxes.push({ label: 'sandbox (compared build)', bin: values['compare-sandbox'] });
const loadRows = sections.has('load') ? await sandboxLoad(sandboxes) : undefined;
if (loadRows) printLoad(loadRows);

console.log(`\nload average at end: ${load()}`);
printReadmeRows({ sizes, parse, firstList: firstList?.[0], load: loadRows });
