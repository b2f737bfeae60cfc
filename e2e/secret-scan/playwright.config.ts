import { defineConfig, devices } from '@playwright/test';

/**
 * The secret scan: `pnpm dev` exactly as the README starts it (only its ports
 * moved, so it can run beside other servers), then everything the pages load
 * and every path an attacker would try, read from another origin.
 * `pnpm exec playwright test -c e2e/secret-scan`; scripts/test.sh runs it as its own step.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '*.scan.ts',
  forbidOnly: !!process.env.CI,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 7_000 },
  outputDir: '../../test-results/secret-scan',
  globalSetup: './start-dev.ts',
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] },
  },
});
