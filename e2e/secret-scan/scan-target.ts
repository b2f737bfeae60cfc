import { fileURLToPath } from 'node:url';

/** The checkout `pnpm dev` serves. */
export const CHECKOUT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/** What start-dev.ts read from `pnpm dev`'s banner, handed to the scan. */
export interface ScanTarget {
  demoUrl: string;
  sandboxUrl: string;
  projectId: string;
  secret: string;
  /** Absolute paths of the databases `pnpm dev` opened. */
  databases: string[];
  /** File names under `.data/` (a canary, and whatever older versions left there). */
  dataFiles: string[];
}

export function scanTarget(): ScanTarget {
  const raw = process.env.PAYDROP_SCAN_TARGET;
  if (!raw) throw new Error('start-dev.ts did not run');
  return JSON.parse(raw) as ScanTarget;
}

/** What the demo origin serves on purpose: the pages and what they load (vite.config.ts `server.fs.allow`). */
export const SERVED = [
  /^index\.html$/,
  /^packages\/demo-server\/src\/page\//,
  /^packages\/widget\/src\//,
  /^packages\/widget\/dist\//,
  /^e2e\/pages\//,
];
