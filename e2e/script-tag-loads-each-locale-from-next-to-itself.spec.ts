import { expect, test } from './fixtures.js';
import { startStaticCdn } from './models/static-cdn.js';

const LOCALE_MODULE = /\/packages\/widget\/dist\/i18n\/(\w+)\.mjs$/;

/** The locale modules the page requested, by tag. */
function localeRequests(page: import('@playwright/test').Page): string[] {
  const tags: string[] = [];
  page.on('request', (request) => {
    const tag = LOCALE_MODULE.exec(request.url())?.[1];
    if (tag) tags.push(tag);
  });
  return tags;
}

test('speaks the locale it is given, loading only that module from next to paydrop.js', async ({ page }) => {
  const requested = localeRequests(page);
  await page.goto('/e2e/pages/widget.html?mode=popup&locale=fr');
  const dropIn = page.locator('#paydrop');
  await expect(dropIn.getByText('Choisissez un moyen de paiement')).toBeVisible();
  await expect(dropIn.getByRole('button', { name: 'PayPal', exact: true })).toBeVisible();
  expect(requested).toEqual(['fr']);
});

test.describe('in a browser set to Brazilian Portuguese', () => {
  test.use({ locale: 'pt-BR' });

  test('speaks Portuguese without being told', async ({ page }) => {
    await page.goto('/e2e/pages/widget.html?mode=popup');
    await expect(page.locator('#paydrop').getByText('Escolha uma forma de pagamento')).toBeVisible();
    await expect(page.locator('#paydrop .pd')).toHaveAttribute('lang', 'pt-BR');
  });
});

test('English needs no request at all', async ({ page }) => {
  const requested = localeRequests(page);
  await page.goto('/e2e/pages/widget.html?mode=popup&locale=en-GB');
  await expect(page.locator('#paydrop').getByText('Choose a payment method')).toBeVisible();
  expect(requested).toEqual([]);
});

test('loads the locale from the script origin when paydrop.js comes from another origin without crossorigin', async ({
  page,
}) => {
  const cdn = await startStaticCdn();
  try {
    const urls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/i18n/')) urls.push(request.url());
    });
    await page.goto(`/e2e/pages/script-from-another-origin.html?locale=de&cdn=${cdn.url}`);
    await expect(page.locator('#paydrop').getByText('Zahlungsmethode wählen')).toBeVisible();
    expect(urls).toEqual([`${cdn.url}/i18n/de.mjs`]);
  } finally {
    await cdn.close();
  }
});
