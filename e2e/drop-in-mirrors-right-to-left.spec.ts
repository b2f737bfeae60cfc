import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { StatesPage } from './models/states-page.js';

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

/** Where the logo, the name and the chevron of the first method sit, and which way the chevron points. */
async function firstRow(states: StatesPage) {
  const row = states.widget.locator('.pd-method').first();
  const chevron = row.locator('svg');
  return {
    logo: await box(row.locator('.pd-logo')),
    name: await box(row.locator('.pd-name')),
    chevron: await box(chevron),
    row: await box(row),
    scale: await chevron.evaluate((element) => getComputedStyle(element).scale),
  };
}

test('lays out Arabic right to left: logo on the right, name after it, chevron on the left, pointing left', async ({
  page,
}) => {
  const states = new StatesPage(page);
  await states.goto('list', { locale: 'ar' });
  await expect(states.widget.locator('.pd')).toHaveAttribute('dir', 'rtl');
  const ar = await firstRow(states);
  expect(ar.logo.x).toBeGreaterThan(ar.name.x);
  expect(ar.chevron.x + ar.chevron.width).toBeLessThanOrEqual(ar.name.x + 1);
  // Mirrored padding: the logo as far from the right edge as the chevron from the left.
  expect(
    Math.abs(ar.row.x + ar.row.width - (ar.logo.x + ar.logo.width) - (ar.chevron.x - ar.row.x)),
  ).toBeLessThan(2);
  expect(ar.scale).toBe('-1 1');
  // The same rows in English, for contrast: left to right, chevron pointing right.
  await states.goto('list', { locale: 'en' });
  const en = await firstRow(states);
  expect(en.logo.x).toBeLessThan(en.name.x);
  expect(en.chevron.x).toBeGreaterThanOrEqual(en.name.x + en.name.width - 1);
  expect(en.scale).toBe('none');
  expect(ar.logo.x - en.logo.x).toBeGreaterThan(200);
});

test('mirrors on a dir="rtl" page too, whatever the locale', async ({ page }) => {
  const states = new StatesPage(page);
  await states.goto('list', { locale: 'en' });
  await page.evaluate(() => {
    document.documentElement.dir = 'rtl';
  });
  const rtl = await firstRow(states);
  expect(rtl.logo.x).toBeGreaterThan(rtl.name.x);
  expect(rtl.scale).toBe('-1 1');
});
