import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Bundle } from './bundles.js';

export interface SizeRow {
  name: string;
  minified: number;
  gzip: number;
  brotli: number;
  cssGzip?: number;
}

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const brotli = (text: string) =>
  brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export function measureSizes(bundles: Bundle[]): SizeRow[] {
  return bundles.map(({ name, code, css }) => ({
    name,
    minified: Buffer.byteLength(code),
    gzip: gzip(code),
    brotli: brotli(code),
    ...(css ? { cssGzip: gzip(css) } : {}),
  }));
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;

export function printSizes(rows: SizeRow[]): void {
  const dropIn = rows[1]?.gzip ?? NaN;
  console.log('\nSize (gzip -9, brotli -q 11; ratio = gzip size / Paydrop drop-in)');
  for (const row of rows) {
    const css = row.cssGzip ? `   + CSS ${kb(row.cssGzip)} gzip` : '';
    console.log(
      `  ${row.name.padEnd(36)} ${kb(row.minified).padStart(11)} min ${kb(row.gzip).padStart(10)} gzip ` +
        `${kb(row.brotli).padStart(10)} br   ${(row.gzip / dropIn).toFixed(2)}×${css}`,
    );
  }
}
