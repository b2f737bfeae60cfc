import { defineConfig, devices } from '@playwright/test';

/**
 * e2e against the real thing: `pnpm dev` (sandbox + merchant server + demo
 * page) on ports of its own, an in-memory sandbox database, Debian's Chromium.
 */
export const SANDBOX_PORT = Number(process.env.E2E_SANDBOX_PORT ?? 4310);
export const DEMO_PORT = Number(process.env.E2E_DEMO_PORT ?? 5310);
export const DEMO_URL = `http://127.0.0.1:${DEMO_PORT}`;
export const SANDBOX_URL = `http://127.0.0.1:${SANDBOX_PORT}`;
/** Fixed credentials so tests can check results through the sandbox API, as a merchant would. */
export const PROJECT_ID = 'test-proj_e2eSuiteProject0000000000000';
export const PROJECT_SECRET = 'key_sandbox_e2eSuiteSecret000000000000';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // A second and third host name for the same server: cross-origin iframes and foreign senders.
  '--host-resolver-rules=MAP shop.test 127.0.0.1, MAP evil.test 127.0.0.1',
];

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  forbidOnly: !!process.env.CI,
  // Two workers on a 2-core machine: a test that fails once under that load is run again and reported as
  // flaky in npm test's summary (never hidden); one that fails twice fails the run.
  retries: 1,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  outputDir: '../test-results',
  use: {
    baseURL: DEMO_URL,
    trace: 'retain-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
  },
  webServer: {
    command: 'pnpm dev',
    cwd: '..',
    url: `${DEMO_URL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      SANDBOX_PORT: String(SANDBOX_PORT),
      PORT: String(DEMO_PORT),
      PAYDROP_DB: ':memory:',
      PAYDROP_MERCHANT_DB: ':memory:',
      PAYDROP_PROJECT_ID: PROJECT_ID,
      PAYDROP_PROJECT_SECRET: PROJECT_SECRET,
      PAYDROP_ASYNC_VERIFY_MS: '1500',
    },
  },
});
