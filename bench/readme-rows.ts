/** The README's "Measured" rows this run supports, printed ready to paste (the size-limit rows come from `pnpm size`). */
import type { FirstListFigures } from './first-list.js';
import { FIRST_LIST_LOADS, RTT_MS } from './first-list.js';
import { PARSE_ROUNDS, type ParseRow } from './parse-time.js';
import { CONNECTIONS, type LoadRow } from './sandbox-load.js';
import type { SizeRow } from './sizes.js';

interface Figures {
  sizes: SizeRow[] | undefined;
  parse: ParseRow[] | undefined;
  firstList: FirstListFigures | undefined;
  load: LoadRow[] | undefined;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

export function printReadmeRows({ sizes, parse, firstList, load }: Figures): void {
  const rows: string[] = [];
  if (sizes) {
    const list = sizes
      .map(
        (s) =>
          `${s.name} ${kb(s.gzip)} / ${kb(s.brotli)} KB${s.cssGzip ? ` (+ ${kb(s.cssGzip)} KB CSS)` : ''}`,
      )
      .join('; ');
    rows.push(`| size beside the peers (gzip / brotli) | ${list} | \`pnpm bench\` |`);
  }
  if (parse) {
    const dropIn = parse[1]?.medianMs ?? Number.NaN;
    const list = parse
      .map((p) => `${p.name} ${p.medianMs.toFixed(1)} ms (${(p.medianMs / dropIn).toFixed(2)}×)`)
      .join('; ');
    rows.push(
      `| parse + evaluate, headless Chromium (median of ${PARSE_ROUNDS} alternated loads) | ${list} | \`pnpm bench\` |`,
    );
  }
  if (firstList) {
    rows.push(
      `| script tag to a clickable list, first visit, ${RTT_MS} ms RTT (median of ${FIRST_LIST_LOADS}) | ` +
        `${firstList.medianMs.toFixed(0)} ms; ${firstList.apiRequests} request to the sandbox, ${firstList.preflights} preflight; ` +
        `layout shift ${firstList.layoutShift.toFixed(3)} | \`pnpm bench\` (requests counted at the sandbox) |`,
    );
  }
  for (const row of load ?? []) {
    const ours = row.sandboxes[0];
    if (!ours) continue;
    rows.push(
      `| sandbox ${row.name}, ${CONNECTIONS} connections | ${ours.rps.toFixed(0)} req/s, p99 ${ours.p99} ms: ` +
        `${((ours.rps / row.bare.rps) * 100).toFixed(0)}% of bare Hono in the same run (${row.bare.rps.toFixed(0)} req/s, p99 ${row.bare.p99} ms) | \`pnpm bench\` (autocannon) |`,
    );
  }
  console.log(`\nREADME "Measured" rows (${new Date().toISOString().slice(0, 10)}):\n${rows.join('\n')}`);
}
