import { test as base } from '@playwright/test';
import { CheckoutPage } from './models/checkout-page.js';
import { SandboxApi } from './models/sandbox-api.js';

export const test = base.extend<{ checkout: CheckoutPage; sandbox: SandboxApi }>({
  checkout: async ({ page }, use) => use(new CheckoutPage(page)),
  sandbox: async ({ request }, use) => use(new SandboxApi(request)),
});
export { expect } from '@playwright/test';
