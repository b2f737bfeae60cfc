import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { CheckoutPage } from '../models/checkout-page.js';
import { payWith } from '../models/shopper.js';
import { STATES, type StateName, StatesPage } from '../models/states-page.js';

const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
mkdirSync(out, { recursive: true });

const VARIANTS = [
  { name: 'light', theme: 'light', locale: 'en' },
  { name: 'dark', theme: 'dark', locale: 'en' },
  { name: 'ar', theme: 'light', locale: 'ar' },
] as const;
const WIDTHS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, isMobile: true },
] as const;

for (const width of WIDTHS) {
  test.describe(width.name, () => {
    test.use({ viewport: width.viewport, deviceScaleFactor: width.isMobile ? 2 : 1 });

    test('every state of the drop-in', async ({ page }) => {
      const states = new StatesPage(page);
      for (const variant of VARIANTS) {
        for (const state of Object.keys(STATES) as StateName[]) {
          await states.goto(state, { theme: variant.theme, locale: variant.locale, pay: state === 'paid' });
          await page.locator('main').screenshot({
            path: `${out}${state}-${variant.name}-${width.name}.png`,
            animations: 'disabled',
          });
        }
        // Pay mode: the invoice's amount above the list, and named in the waiting panel.
        for (const state of ['list', 'waiting'] as const) {
          await states.goto(state, { theme: variant.theme, locale: variant.locale, pay: true });
          await page.locator('main').screenshot({
            path: `${out}pay-${state}-${variant.name}-${width.name}.png`,
            animations: 'disabled',
          });
        }
      }
    });

    test('the demo checkout page', async ({ page }) => {
      const checkout = new CheckoutPage(page);
      await checkout.goto('popup');
      await page.screenshot({ path: `${out}demo-${width.name}.png`, fullPage: !width.isMobile });
      await checkout.goto('popup', 'pay');
      await page.screenshot({ path: `${out}demo-pay-${width.name}.png`, fullPage: !width.isMobile });
      // The orders view with an order in it: paid, then partly captured, as a merchant sees it.
      const { row } = await payWith(checkout, 'PayPal', 'later');
      await row.getByRole('textbox', { name: /Amount for/ }).fill('10.00');
      await row.getByRole('button', { name: 'Capture amount' }).click();
      await expect(row.locator('[data-role="status"]')).toHaveText('Partly captured');
      await page.locator('section.backoffice').screenshot({ path: `${out}demo-orders-${width.name}.png` });
    });
  });
}
