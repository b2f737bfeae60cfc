import { expect, type Page } from '@playwright/test';
import { type CheckoutPage, decideAndClose } from './checkout-page.js';

/** Signs in as a demo shopper from the page's header (the page reloads as that shopper). */
export async function signIn(page: Page, shopper: 'ada' | 'grace' | 'alan', flow: 'save' | 'pay' = 'save') {
  await page.goto(`/?mode=popup${flow === 'pay' ? '&flow=pay' : ''}`);
  const signOut = page.locator('#sign-out');
  if (await signOut.isVisible()) await signOut.click();
  await page.locator(`#sign-in-${shopper}`).click();
  await expect(page.locator('#signed-in-as')).toBeVisible();
  if (flow === 'pay') await page.goto('/?mode=popup&flow=pay');
}

/**
 * Saves PayPal for the signed-in shopper through the drop-in; answers the saved token's ID. `account` is
 * the PayPal account typed on the provider page: another account is another saved method (tests that
 * change a method use their own, so specs running side by side for one shopper do not meet).
 */
export async function savePayPal(checkout: CheckoutPage, account?: string): Promise<string> {
  await checkout.goto('popup');
  const popup = await checkout.choose('PayPal');
  if (account) await popup.getByRole('textbox', { name: /account/ }).fill(account);
  await decideAndClose(popup, 'Approve');
  await expect(checkout.saved.getByRole('heading', { name: 'Payment method saved' })).toBeVisible();
  return (await checkout.page.locator('#saved-token-id').textContent()) ?? '';
}

/** The merchant's order for the invoice the session's checkout paid (read from the merchant server). */
export async function orderOfCurrentInvoice(checkout: CheckoutPage) {
  const invoice = await checkout.merchantInvoice();
  const response = await checkout.page.request.get('/api/orders');
  const orders = (await response.json()).orders as { id: string; invoice_id: string }[];
  const order = orders.find((o) => o.invoice_id === invoice.id);
  if (!order) throw new Error(`no order for ${invoice.id}`);
  return {
    invoiceId: invoice.id,
    orderId: order.id,
    row: checkout.page.locator(`li.order[data-order-id="${order.id}"]`),
  };
}

/** Pays the order now with an APM in its popup, capturing as chosen beside Pay now. */
export async function payWith(
  checkout: CheckoutPage,
  apm: string,
  capture: 'now' | 'later' | 'auto' = 'later',
) {
  await checkout.page.locator('#capture-policy').selectOption(capture);
  await decideAndClose(await checkout.choose(apm), 'Approve');
  await expect(checkout.paid.getByRole('heading', { name: 'Payment authorized' })).toBeVisible();
  return orderOfCurrentInvoice(checkout);
}
