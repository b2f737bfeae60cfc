import { expect, type Locator, type Page } from '@playwright/test';
import { SANDBOX_URL } from '../playwright.config.js';

/** The demo checkout page (index.html) as a shopper sees it. */
export class CheckoutPage {
  readonly widget: Locator;
  readonly saved: Locator;
  /** The "Payment authorized" panel of the pay-now flow. */
  readonly paid: Locator;

  constructor(readonly page: Page) {
    this.widget = page.locator('#paydrop');
    this.saved = page.locator('#saved');
    this.paid = page.locator('#paid');
  }

  /** Opens the page in a provider mode, saving a payment method (default) or paying the order now. */
  async goto(mode: 'auto' | 'popup' | 'redirect' | 'new-tab' = 'popup', flow: 'save' | 'pay' = 'save') {
    await this.page.goto(`/?mode=${mode}${flow === 'pay' ? '&flow=pay' : ''}`);
    await expect(this.methodButtons().first()).toBeVisible();
  }

  /** The "Save for later" / "Pay now" switch at the top of the payment card. */
  flowOption(name: 'Save for later' | 'Pay now'): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  /** What the order summary says is due today. */
  get dueToday(): Locator {
    return this.page.locator('.line.total span:not([hidden])').last();
  }

  methodButtons(): Locator {
    return this.widget.getByRole('button', { name: /^(Pay with |Save )?[A-Z]/ });
  }

  /** An APM in the list (exact name, so "Continue with PayPal" does not match). */
  method(name: string): Locator {
    return this.widget.getByRole('button', { name, exact: true });
  }

  /** The button the drop-in shows after a blocked popup; a click on it is the new user gesture. */
  continueButton(name: string): Locator {
    return this.widget.getByRole('button', { name: `Continue with ${name}` });
  }

  /** Text the drop-in shows on screen (its live region, `role=status`, repeats it for screen readers). */
  shows(text: string | RegExp): Locator {
    return this.widget.getByText(text).and(this.page.locator(':not([role="status"])'));
  }

  /** What the drop-in's live region announces. */
  get announcement(): Locator {
    return this.widget.getByRole('status');
  }

  /** The merchant page's own message line above the widget. */
  get notice(): Locator {
    return this.page.locator('#notice');
  }

  /** "Continue in the … window": the drop-in waits for the provider. */
  waiting(name: string): Locator {
    return this.shows(`Continue in the ${name} window`);
  }

  /** Clicks an APM in redirect mode and waits for the provider's page in this tab. */
  async chooseAndLeave(name: string): Promise<void> {
    await this.method(name).click();
    await this.page.waitForURL(`${SANDBOX_URL}/checkout/**`);
  }

  /** Clicks an APM and returns the provider's popup window. */
  async choose(name: string): Promise<Page> {
    const popup = this.page.waitForEvent('popup');
    await this.method(name).click();
    return popup;
  }

  /**
   * Sets the sandbox's provider-page habits with the demo page's own controls (for this browser only:
   * the sandbox keeps the choice in a cookie), and waits until the sandbox has taken each change.
   */
  async providerHabits(habits: { coop?: boolean; closeWithoutMessage?: boolean }): Promise<void> {
    const boxes = {
      coop: this.page.getByLabel('Sends Cross-Origin-Opener-Policy'),
      closeWithoutMessage: this.page.getByLabel('Closes without a message after Approve'),
    };
    for (const [name, on] of Object.entries(habits)) {
      const box = boxes[name as keyof typeof boxes];
      await expect(box).toBeEnabled();
      if ((await box.isChecked()) !== on) {
        const taken = this.page.waitForResponse(
          (r) => r.url().endsWith('/hosted-page-settings') && r.request().method() === 'PUT',
        );
        await box.setChecked(on as boolean);
        expect((await taken).ok()).toBe(true);
      }
      await expect(box).toBeEnabled();
      await expect(box).toBeChecked({ checked: on as boolean });
    }
  }

  /** The invoice the merchant's session holds, read from the merchant server. */
  async merchantInvoice(): Promise<{ id: string; status: string }> {
    const response = await this.page.request.get('/api/invoices/current');
    return ((await response.json()) as { invoice: { id: string; status: string } }).invoice;
  }

  /**
   * The token the page shows as saved (#saved-token-id), with its customer: what a provider window's return
   * page cannot change (it may start a new checkout, with a new blank token, once this one is saved).
   */
  async savedToken(): Promise<{ id: string; customer_id: string }> {
    await expect(this.page.locator('#saved-token-id')).toHaveText(/^tok_/);
    const id = (await this.page.locator('#saved-token-id').textContent()) ?? '';
    return { id, customer_id: (await this.merchantToken()).customer_id };
  }

  /** The customer and token IDs the merchant's session holds, read from the merchant server. */
  async merchantToken(): Promise<{ id: string; customer_id: string }> {
    const response = await this.page.request.get('/api/tokens/current');
    return ((await response.json()) as { token: { id: string; customer_id: string } }).token;
  }
}

/** The sandbox's hosted APM page, standing in for the provider. */
export async function decide(popup: Page, outcome: 'Approve' | 'Approve (async)' | 'Decline' | 'Cancel') {
  await popup.getByRole('button', { name: outcome, exact: true }).click({ noWaitAfter: true });
}

/** Decides in the popup and waits until the provider page has closed itself. */
export async function decideAndClose(popup: Page, outcome: Parameters<typeof decide>[1]) {
  const closed = popup.isClosed() ? Promise.resolve() : popup.waitForEvent('close');
  await decide(popup, outcome);
  await closed;
}
