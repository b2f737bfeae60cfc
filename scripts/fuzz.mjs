// `pnpm fuzz`: the property-based fuzz suite (packages/demo-server/test/fuzz) at
// length, with a random seed unless FUZZ_SEED is given. Prints the seed and the
// command that replays the run before it starts, so a failure can be reproduced.
// Usage: pnpm fuzz [runs]          (default 10000; FUZZ_SEED=<n> to replay)
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const runs = Number(process.argv[2] ?? process.env.FUZZ_RUNS ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? randomInt(2 ** 31 - 1));
if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
  console.error('usage: [FUZZ_SEED=<integer>] pnpm fuzz [runs]');
  process.exit(2);
}
const replay = `FUZZ_SEED=${seed} pnpm fuzz ${runs}`;
console.log(`fuzz: seed ${seed}, ${runs} runs\nreplay: ${replay}\n`);
const started = Date.now();
const result = spawnSync('pnpm', ['exec', 'vitest', 'run', 'packages/demo-server/test/fuzz'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs) },
});
console.log(
  `\nfuzz: seed ${seed}, ${runs} runs, ${((Date.now() - started) / 1000).toFixed(0)} s: ${result.status === 0 ? 'passed' : 'FAILED'}\nreplay: ${replay}`,
);
process.exit(result.status ?? 1);
