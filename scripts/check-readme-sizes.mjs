// Keeps README.md's bundle sizes true: reads size-limit's JSON report and
// fails when a README figure is more than 20 bytes off what was measured.
// Usage: node scripts/check-readme-sizes.mjs <size-limit --json output>
import { readFileSync } from 'node:fs';

const TOLERANCE_KB = 0.02;
const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
/** size-limit entry name → the README table row that quotes it. */
const rows = {
  'headless core (createClient + handleReturn)': /^\| headless core .*?\| ([\d.]+) KB gzipped/m,
  'drop-in IIFE (Preact, signals, English)': /^\| drop-in script tag .*?\| ([\d.]+) KB gzipped/m,
};

// The locale modules are quoted as one range: "0.58–0.72 KB gzipped", smallest to largest.
const locales = report.filter((entry) => entry.name.startsWith('locale '));
const range = /^\| each other locale .*?\| ([\d.]+)–([\d.]+) KB gzipped/m.exec(readme);
const localeRows = [
  ['smallest locale module', Math.min(...locales.map((entry) => entry.size)), range?.[1]],
  ['largest locale module', Math.max(...locales.map((entry) => entry.size)), range?.[2]],
];

let failures = 0;
for (const [name, size, quoted] of localeRows) {
  const ok =
    locales.length > 0 && quoted !== undefined && Math.abs(size / 1000 - Number(quoted)) <= TOLERANCE_KB;
  console.log(
    `${ok ? 'ok  ' : 'FAIL'} ${name}: measured ${(size / 1000).toFixed(2)} KB, README says ${quoted} KB`,
  );
  if (!ok) failures += 1;
}
for (const [name, pattern] of Object.entries(rows)) {
  const measured = report.find((entry) => entry.name === name);
  const quoted = pattern.exec(readme)?.[1];
  if (!measured || !quoted) {
    console.log(`README size check: no ${measured ? 'README row' : 'size-limit entry'} for "${name}"`);
    failures += 1;
    continue;
  }
  const kb = measured.size / 1000;
  const ok = Math.abs(kb - Number(quoted)) <= TOLERANCE_KB;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: measured ${kb.toFixed(2)} KB, README says ${quoted} KB`);
  if (!ok) failures += 1;
}
process.exit(failures > 0 ? 1 : 0);
