#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what is missing (pnpm,
# Debian's Chromium, node_modules), then lint, typecheck, build, size budgets,
# unit tests, e2e tests and the secret scan. Prints one "N passed, N failed"
# line totalling all three, and exits non-zero if any step or test failed.
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
failed_steps=()

if ! command -v pnpm >/dev/null 2>&1; then
  step "Installing pnpm 10"
  npm install -g pnpm@10 || { echo "could not install pnpm"; exit 1; }
fi
if [ ! -x /usr/bin/chromium ]; then
  step "Installing Debian's Chromium"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null \
    || { echo "could not install chromium"; exit 1; }
fi

step "pnpm install --frozen-lockfile"
pnpm install --frozen-lockfile || { echo "pnpm install failed"; exit 1; }

run() {
  local name=$1; shift
  step "$name"
  "$@" || failed_steps+=("$name")
}

run "lint (biome)" pnpm lint
run "typecheck (tsc)" pnpm typecheck
run "build (vite library mode + d.ts)" pnpm build
run "size budgets (size-limit)" pnpm size
mkdir -p .reports
pnpm --silent --filter @paydrop/widget exec size-limit --json > .reports/size.json 2>/dev/null
run "README quotes the measured sizes" node scripts/check-readme-sizes.mjs .reports/size.json

rm -f .reports/unit.json .reports/e2e.json .reports/secret-scan.json
run "unit tests (vitest)" pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.reports/unit.json
PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/.reports/e2e.json" \
  run "e2e tests (playwright, chromium)" pnpm exec playwright test -c e2e --reporter=list,json

# `pnpm dev` as the README starts it, read from another origin: no secret, database or source outside the pages.
PLAYWRIGHT_JSON_OUTPUT_NAME="$PWD/.reports/secret-scan.json" \
  run "secret scan (pnpm dev, playwright)" pnpm exec playwright test -c e2e/secret-scan --reporter=list,json

step "Summary"
node scripts/summarize-tests.mjs .reports/unit.json .reports/e2e.json .reports/secret-scan.json
summary_status=$?

if [ ${#failed_steps[@]} -gt 0 ]; then
  printf 'failed steps: %s\n' "${failed_steps[*]}"
  exit 1
fi
exit $summary_status
