/**
 * Parse + evaluate time of each bundle in headless Chromium: the script is
 * inserted inline into a fresh page and timed around the insertion, so no
 * network is counted; a unique comment per load defeats V8's code cache.
 * Bundles are loaded in turn, round after round, and the medians compared.
 */
import type { Browser } from '@playwright/test';
import { median } from './browser.js';
import type { Bundle } from './bundles.js';

export const PARSE_ROUNDS = 31;

export interface ParseRow {
  name: string;
  medianMs: number;
}

async function timeOnce(browser: Browser, code: string, nonce: string): Promise<number> {
  const page = await browser.newPage();
  try {
    const { ms, error } = await page.evaluate((source) => {
      let error = '';
      window.addEventListener('error', (event) => {
        error = String(event.message);
      });
      const script = document.createElement('script');
      script.textContent = source;
      const start = performance.now();
      document.head.append(script);
      return { ms: performance.now() - start, error };
    }, `${code}\n// ${nonce}`);
    if (error) throw new Error(`the script threw while evaluating: ${error}`);
    return ms;
  } finally {
    await page.close();
  }
}

export async function measureParseTimes(browser: Browser, bundles: Bundle[]): Promise<ParseRow[]> {
  const times = bundles.map(() => [] as number[]);
  for (let round = 0; round < PARSE_ROUNDS + 1; round++) {
    // Rotate who goes first, so no bundle always follows the same one.
    for (let k = 0; k < bundles.length; k++) {
      const i = (round + k) % bundles.length;
      const ms = await timeOnce(browser, bundles[i]?.code ?? '', `round ${round} ${Math.random()}`);
      if (round > 0) times[i]?.push(ms); // round 0 warms the browser up
    }
  }
  return bundles.map((bundle, i) => ({ name: bundle.name, medianMs: median(times[i] ?? []) }));
}

export function printParseTimes(rows: ParseRow[]): void {
  const dropIn = rows[1]?.medianMs ?? Number.NaN;
  console.log(
    `\nParse + evaluate in headless Chromium (median of ${PARSE_ROUNDS} alternated loads; ratio to Paydrop drop-in)`,
  );
  for (const row of rows) {
    console.log(
      `  ${row.name.padEnd(36)} ${row.medianMs.toFixed(2).padStart(7)} ms   ${(row.medianMs / dropIn).toFixed(2)}×`,
    );
  }
}
