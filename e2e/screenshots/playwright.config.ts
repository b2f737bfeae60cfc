import { defineConfig } from '@playwright/test';
import base, { DEMO_URL } from '../playwright.config.js';

/**
 * `pnpm screenshots`: every screen of the drop-in, in light, dark and Arabic, at desktop and
 * phone width, into docs/screenshots/. The same servers as the e2e suite (`pnpm dev` on its ports).
 */
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.shots.ts',
  retries: 0,
  workers: 1,
  timeout: 120_000,
  outputDir: '../../test-results/screenshots',
  use: { ...base.use, baseURL: DEMO_URL },
  webServer: base.webServer ? { ...base.webServer, cwd: '../..' } : undefined,
});
