import { expect, test } from './fixtures.js';
import { decide } from './models/checkout-page.js';
import { DEMO_URL, PROJECT_ID, SANDBOX_URL } from './playwright.config.js';

/**
 * The provider window out of the widget's sight: behind Cross-Origin-Opener-Policy, closed before its
 * message, or never opened as a popup (an in-app browser). Time at the provider runs on Playwright's
 * clock, not on the wall: a minute or the flow's 15-minute lifetime takes no real time.
 */
test.describe('a provider window the widget cannot see', () => {
  test('popup behind COOP: the shopper takes a minute at the provider, then approves: saved', async ({
    checkout,
    sandbox,
    page,
  }) => {
    await page.clock.install();
    await checkout.goto('popup');
    await checkout.providerHabits({ coop: true, closeWithoutMessage: false });
    const popup = await checkout.choose('PayPal');
    await expect(popup.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
    await page.clock.fastForward('01:00');
    await expect(checkout.waiting('PayPal')).toBeVisible();
    await expect(checkout.widget.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    await decide(popup, 'Approve');
    // Whatever woke it (the return page's storage event, or the next relay question), it is saved.
    await page.clock.fastForward('00:11');
    await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
    const { id, customer_id } = await checkout.savedToken();
    expect(await sandbox.token(customer_id, id)).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
    });
  });

  test.describe('popup behind COOP closed on a page the checkout origin cannot see (no beacon)', () => {
    test.beforeEach(async ({ checkout, page }) => {
      await page.clock.install();
      await checkout.goto('popup');
      await checkout.providerHabits({ coop: true, closeWithoutMessage: false });
      const popup = await checkout.choose('PayPal');
      await expect(popup.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
      // As a page the checkout origin cannot see any more: its pagehide beacon never reaches the relay.
      await popup.evaluate(() => {
        navigator.sendBeacon = () => true;
      });
      await popup.close({ runBeforeUnload: false });
      await page.clock.fastForward('00:30');
    });

    test('the waiting state keeps an enabled Cancel, which goes back to the list', async ({ checkout }) => {
      await expect(checkout.waiting('PayPal')).toBeVisible();
      const cancel = checkout.widget.getByRole('button', { name: 'Cancel' });
      await expect(cancel).toBeEnabled();
      // Under the fake clock Playwright's own wait for a stable element never ends: the click is dispatched.
      await cancel.dispatchEvent('click');
      await expect(checkout.shows('You canceled — choose a payment method')).toBeVisible();
      await expect(checkout.method('PayPal')).toBeEnabled();
    });

    test('the flow ends by itself at its 15-minute lifetime', async ({ checkout, page }) => {
      await expect(checkout.waiting('PayPal')).toBeVisible();
      await page.clock.fastForward('15:00');
      await expect(checkout.shows('You canceled — choose a payment method')).toBeVisible();
      await expect(checkout.method('PayPal')).toBeEnabled();
      await expect(checkout.saved).toBeHidden();
    });
  });

  test('a popup closed right after Approve, before its message: the result is still delivered', async ({
    checkout,
    sandbox,
    page,
  }) => {
    await checkout.goto('popup');
    await checkout.providerHabits({ coop: false, closeWithoutMessage: true });
    const popup = await checkout.choose('PayPal');
    const closed = popup.waitForEvent('close');
    await decide(popup, 'Approve');
    await closed;
    await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
    const { id, customer_id } = await checkout.savedToken();
    expect(await sandbox.token(customer_id, id)).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
    });
  });
});

test.describe('an in-app browser', () => {
  test.use({ userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Instagram 300.0' });

  test('auto picks a full-page redirect, and the approval comes back and is saved', async ({
    checkout,
    sandbox,
    page,
  }) => {
    await checkout.goto('auto');
    await checkout.chooseAndLeave('PayPal');
    await decide(page, 'Approve');
    await page.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });
    await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
    const { id, customer_id } = await checkout.savedToken();
    expect(await sandbox.token(customer_id, id)).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
    });
  });
});

test('the flow relay answers the return origin only, and nothing for an unknown or spent state', async ({
  checkout,
  page,
  request,
}) => {
  await checkout.goto('popup');
  const popup = await checkout.choose('PayPal');
  const state = new URL(popup.url()).searchParams.get('state') ?? '';
  expect(state).not.toBe('');
  const relay = (origin: string, which = state) =>
    request.get(`${SANDBOX_URL}/checkout/flows/${which}?project_id=${PROJECT_ID}`, { headers: { origin } });

  const mine = await relay(DEMO_URL);
  expect(mine.status()).toBe(200);
  expect(mine.headers()['access-control-allow-origin']).toBe(DEMO_URL);
  expect((await mine.json()).flow).toMatchObject({ status: 'pending' });

  const other = await relay('http://evil.test:5999');
  const unknown = await relay(DEMO_URL, '1_2_3_4_5');
  for (const answer of [other, unknown]) {
    expect(answer.status()).toBe(404);
    expect(answer.headers()['access-control-allow-origin']).toBeUndefined();
    expect(JSON.stringify(await answer.json())).not.toContain(state);
  }

  await decide(popup, 'Approve');
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
  // Saved: the gway_req_ is spent, and the relay says nothing more about the flow.
  await expect.poll(async () => (await relay(DEMO_URL)).status()).toBe(404);
});
