import { expect, test } from './fixtures.js';
import { SANDBOX_URL } from './playwright.config.js';

test('lists the methods after one request to the sandbox, with no CORS preflight, on a first visit', async ({
  page,
}) => {
  // Playwright's own request events leave preflights out; the DevTools protocol shows them.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const sandboxRequests: Array<{ method: string; url: string; type: string }> = [];
  cdp.on('Network.requestWillBeSent', ({ request, type }) => {
    if (request.url.startsWith(SANDBOX_URL)) {
      sandboxRequests.push({ method: request.method, url: request.url, type: type ?? '' });
    }
  });

  await page.goto('/e2e/pages/widget.html');
  const paypal = page.locator('#paydrop').getByRole('button', { name: 'PayPal', exact: true });
  await expect(paypal).toBeEnabled();

  const api = sandboxRequests.filter((r) => r.type !== 'Image');
  expect(api.map((r) => `${r.method} ${new URL(r.url).pathname}`)).toEqual(['GET /gateway-configurations']);
  expect(new URL(api[0]?.url ?? SANDBOX_URL).searchParams.get('project_id')).toMatch(/^test-proj_/);
  expect(sandboxRequests.filter((r) => r.method === 'OPTIONS')).toEqual([]);
});
