import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

/** Records every Content-Security-Policy violation the page reports. */
async function watchViolations(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('is styled and completes a flow under a CSP without unsafe-inline, violating nothing', async ({
  page,
  sandbox,
}) => {
  const violations = await watchViolations(page);
  await page.goto('/e2e/pages/strict-csp.html');
  const method = page.locator('#paydrop').getByRole('button', { name: 'PayPal', exact: true });
  await expect(method).toBeVisible();
  // The drop-in's own stylesheet applied: rounded, bordered rows laid out in a flex line.
  expect(
    await method.evaluate((button) => {
      const style = getComputedStyle(button);
      return { display: style.display, radius: style.borderTopLeftRadius, border: style.borderTopStyle };
    }),
  ).toEqual({ display: 'flex', radius: '8px', border: 'solid' });

  const popup = page.waitForEvent('popup');
  await method.click();
  await decideAndClose(await popup, 'Approve');
  const result = page.locator('#result');
  await expect(result).toHaveText(/^token gway_req_[\w-]+$/);
  const token = (await result.textContent())?.replace('token ', '') ?? '';
  const { customerId = '', tokenId = '' } = await result.evaluate((el) => ({
    ...(el as HTMLElement).dataset,
  }));
  expect(await sandbox.saveToken(customerId, tokenId, token)).toMatchObject({ is_chargeable: true });

  expect(await violations()).toEqual([]);
});

test("loads a locale module under the same policy: script-src 'self' covers it", async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('/e2e/pages/strict-csp.html?locale=de');
  await expect(page.locator('#paydrop').getByText('Zahlungsmethode wählen')).toBeVisible();
  expect(await violations()).toEqual([]);
});
