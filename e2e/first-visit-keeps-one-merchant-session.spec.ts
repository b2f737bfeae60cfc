import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

/**
 * A first visit has no session cookie. If two of the page's first calls to the merchant server each
 * started a session, the answer that landed last would set the browser's cookie, and under load it could
 * name a session without the checkout: the blank token lost to the page, the save refused as another
 * shopper's. So a first visit starts exactly one session, whatever its calls' timing.
 */
test('a first visit starts one merchant session, and saves into the checkout it showed', async ({
  checkout,
  page,
  sandbox,
}) => {
  const started = new Set<string>();
  page.on('response', async (response) => {
    const cookie = (await response.allHeaders())['set-cookie'] ?? '';
    const id = /paydrop_demo_session=([^;]+)/.exec(cookie)?.[1];
    if (id) started.add(id);
  });

  await checkout.goto('popup');
  const blank = await checkout.merchantToken();
  expect(blank?.id, 'the merchant session holds the checkout the page shows').toMatch(/^tok_/);
  const popup = await checkout.choose('PayPal');
  await decideAndClose(popup, 'Approve');
  await expect(checkout.saved.getByRole('heading', { name: 'Payment method saved' })).toBeVisible();
  expect((await checkout.savedToken()).id).toBe(blank.id);
  expect(await sandbox.token(blank.customer_id, blank.id)).toMatchObject({ type: 'gateway_token' });

  expect([...started], 'sessions the first visit started').toHaveLength(1);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === 'paydrop_demo_session')?.value).toBe([...started][0]);
});
