// Totals Vitest's and Playwright's JSON reports into the one line CI reads:
// "N passed, N failed, N skipped". A missing report counts as one failure,
// so a runner that crashed before writing one cannot pass silently.
import { existsSync, readFileSync } from 'node:fs';

// The first report is Vitest's; every other one is a Playwright run (e2e, secret scan).
const [unitPath, ...playwrightPaths] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function read(path, label) {
  if (!existsSync(path)) {
    console.log(`${label}: no report at ${path}`);
    failed += 1;
    return undefined;
  }
  return JSON.parse(readFileSync(path, 'utf8'));
}

const unit = read(unitPath, 'unit');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  skipped += unit.numPendingTests + (unit.numTodoTests ?? 0);
  console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
for (const path of playwrightPaths) {
  const label = path.replace(/^.*\//, '').replace(/\.json$/, '');
  const report = read(path, label);
  if (!report) continue;
  const s = report.stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
  if (report.errors?.length) failed += report.errors.length;
  console.log(`${label}: ${s.expected + s.flaky} passed, ${s.unexpected} failed (${s.flaky} flaky)`);
}
if (passed + failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
