import { expect, test } from './fixtures.js';
import { decide } from './models/checkout-page.js';
import type { SandboxApi } from './models/sandbox-api.js';
import { PROJECT_ID, SANDBOX_URL } from './playwright.config.js';

/** A customer and blank token whose return_url is the test page itself, with its own query. */
async function returnPage(sandbox: SandboxApi, baseURL: string, kind: 'element' | 'mount') {
  const page = new URL('/e2e/pages/redirect-return.html', baseURL);
  const { customer } = await sandbox.call<{ customer: { id: string } }>('POST', '/customers', {
    first_name: 'Ada',
    currency: 'EUR',
  });
  page.search = new URLSearchParams({
    kind,
    project: PROJECT_ID,
    api: SANDBOX_URL,
    cust: customer.id,
  }).toString();
  const { token } = await sandbox.call<{ token: { id: string } }>(
    'POST',
    `/customers/${customer.id}/tokens`,
    {
      return_url: page.href,
      verify: true,
    },
  );
  page.searchParams.set('tok', token.id);
  return { url: page.href, customerId: customer.id, tokenId: token.id };
}

for (const kind of ['element', 'mount'] as const) {
  test(`${kind === 'element' ? '<paydrop-checkout>' : 'mount()'} in redirect mode reports the approval once, by itself, and cleans the URL`, async ({
    page,
    sandbox,
    baseURL,
  }) => {
    const target = await returnPage(sandbox, baseURL ?? '', kind);
    await page.goto(target.url);
    await page.getByRole('button', { name: 'PayPal', exact: true }).click();
    await page.waitForURL(/\/checkout\//);
    await decide(page, 'Approve');
    await page.waitForURL(/redirect-return\.html/);

    const log = page.locator('#log');
    await expect(log).toHaveText(/^token gway_req_[\w-]+$/);
    await expect(page.getByText(/connected|saved/i).first()).toBeVisible();
    const url = new URL(page.url());
    expect(url.searchParams.has('token')).toBe(false);
    expect(url.searchParams.has('state')).toBe(false);
    const token = ((await log.textContent()) ?? '').replace('token ', '');
    expect(await sandbox.saveToken(target.customerId, target.tokenId, token)).toMatchObject({
      is_chargeable: true,
    });

    await page.reload();
    await expect(page.getByRole('button', { name: 'PayPal', exact: true })).toBeVisible();
    await expect(log).toHaveText(`token ${token}`); // still once
  });
}

test('a decline after a redirect says so in the drop-in’s own words, never a raw code', async ({
  page,
  sandbox,
  baseURL,
}) => {
  const target = await returnPage(sandbox, baseURL ?? '', 'element');
  await page.goto(target.url);
  await page.getByRole('button', { name: 'PayPal', exact: true }).click();
  await page.waitForURL(/\/checkout\//);
  await decide(page, 'Decline');
  await page.waitForURL(/redirect-return\.html/);
  await expect(page.locator('#log')).toHaveText('error gateway.declined');
  await expect(
    page.locator('paydrop-checkout').getByRole('paragraph').getByText('PayPal declined — try another'),
  ).toBeVisible();
  await expect(page.locator('paydrop-checkout').getByText(/gateway\.declined/)).toHaveCount(0);
});
