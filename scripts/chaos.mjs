// `pnpm chaos [--seed N] [--count N]`: the hostile-paths e2e suite (e2e/hostile-paths.spec.ts) with a
// random seed (or the one given) and more scenarios than CI's 20. Prints the seed first, then one replay
// command per failing scenario. Ports: E2E_SANDBOX_PORT / E2E_DEMO_PORT as for the e2e suite.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
};
const seed = Number(option('seed') ?? Math.floor(Math.random() * 2 ** 31));
const count = Number(option('count') ?? 100);
if (!Number.isInteger(seed) || !Number.isInteger(count) || count < 1) {
  console.error('usage: pnpm chaos [--seed <integer>] [--count <integer ≥ 1>]');
  process.exit(2);
}
console.log(`chaos: seed ${seed}, ${count} scenarios`);

const report = join(mkdtempSync(join(tmpdir(), 'paydrop-chaos-')), 'report.json');
const run = spawnSync(
  'pnpm',
  [
    'exec',
    'playwright',
    'test',
    '-c',
    'e2e',
    'hostile-paths',
    '--reporter=line,json',
    // A scenario that passes only on a retry is a finding, not a pass.
    '--retries=0',
    `--workers=${option('workers') ?? 1}`,
  ],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      CHAOS_SEED: String(seed),
      CHAOS_COUNT: String(count),
      PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    },
  },
);

const failed = [];
let passed = 0;
const walk = (suite) => {
  for (const spec of suite.specs ?? []) {
    // A scenario counts only if it ran: one never started (the web server did not come up) is no pass.
    const ran = spec.tests?.some((t) => t.results?.length > 0);
    if (ran && spec.ok) passed++;
    else failed.push(spec.title);
  }
  for (const child of suite.suites ?? []) walk(child);
};
try {
  for (const suite of JSON.parse(readFileSync(report, 'utf8')).suites ?? []) walk(suite);
} catch {
  console.error('chaos: no report from Playwright');
  process.exit(run.status || 1);
}
console.log(`chaos: seed ${seed}: ${passed} passed, ${failed.length} failed`);
if (passed + failed.length !== count || (run.status !== 0 && failed.length === 0)) {
  console.error(
    `chaos: ${count} scenarios asked for, ${passed + failed.length} reported (Playwright exited ${run.status})`,
  );
  process.exit(1);
}
for (const title of failed) {
  const index = /#(\d+)/.exec(title)?.[1];
  console.log(`  ${title}`);
  console.log(
    `    replay: CHAOS_SEED=${seed} CHAOS_ONLY=${index} pnpm exec playwright test -c e2e hostile-paths --workers=1`,
  );
}
process.exit(failed.length ? 1 : (run.status ?? 0));
