/**
 * How much to fuzz. In the unit run (CI): a fixed seed and about 3,000 runs
 * in all, so a failure reproduces and the wall time stays bounded. `pnpm fuzz`
 * sets FUZZ_RUNS (≥ 10,000) and a random FUZZ_SEED, and prints both.
 */
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261202);
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 3000);

/** Each property's share of the runs. */
const shares = { sandbox: 0.55, merchant: 0.2, raw: 0.15, pages: 0.05, concurrent: 0.05 } as const;

export function runsFor(property: keyof typeof shares): number {
  return Math.max(1, Math.round(FUZZ_RUNS * shares[property]));
}

/** The options every property runs with: the seed, its runs, and a replay hint in the report. */
export function fcOptions(property: keyof typeof shares) {
  return { seed: FUZZ_SEED, numRuns: runsFor(property), endOnFailure: false, verbose: 1 } as const;
}

/** Long enough for the longest property under a loaded machine, scaled with the runs. */
export const propertyTimeoutMs = (property: keyof typeof shares) => 60_000 + runsFor(property) * 150;
