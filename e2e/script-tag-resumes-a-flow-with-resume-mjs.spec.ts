import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

/**
 * The script tag's drop-in resumes a flow after a reload with dist/resume.mjs, which it imports from
 * next to itself only then: a first visit, with no flow stored, never asks for it.
 */
test('the script tag loads resume.mjs from next to itself only to resume a flow after a reload', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/e2e/pages/widget.html?mode=popup');
  const widget = page.locator('#paydrop');
  const paypal = widget.getByRole('button', { name: 'PayPal', exact: true });
  await expect(paypal).toBeEnabled();
  expect(requested).not.toContain('/packages/widget/dist/resume.mjs');

  const opened = page.waitForEvent('popup');
  await paypal.click();
  const popup = await opened;
  await expect(popup.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();

  await page.reload();
  await expect(widget.getByText('Continue in the PayPal window').first()).toBeVisible();
  expect(requested).toContain('/packages/widget/dist/resume.mjs');
  await decideAndClose(popup, 'Approve');
  await expect(page.locator('#result')).toHaveText(/^token gway_req_[\w-]+$/);
});
