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

/** Saves PayPal for the signed-in shopper through the drop-in; answers the saved token's ID. */
export async function savePayPal(checkout: CheckoutPage): Promise<string> {
  await checkout.goto('popup');
  await decideAndClose(await checkout.choose('PayPal'), 'Approve');
  await expect(checkout.saved.getByRole('heading', { name: 'Payment method saved' })).toBeVisible();
  return (await checkout.page.locator('#saved-token-id').textContent()) ?? '';
}
