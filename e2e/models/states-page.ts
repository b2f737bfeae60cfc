import { expect, type Locator, type Page } from '@playwright/test';

/** The screens e2e/pages/states.html can show, each with what proves it is on screen. */
export const STATES = {
  loading: '.pd-skel',
  list: '.pd-method[aria-disabled=false]',
  waiting: '.pd-panel .pd-spinner',
  'popup-blocked': 'button.pd-primary',
  redirecting: '.pd-panel .pd-spinner',
  'top-nav': 'a.pd-primary',
  canceled: '.pd-notice.pd-canceled',
  declined: '.pd-notice.pd-declined',
  failed: '.pd-notice.pd-failed',
  success: '.pd-success',
  paid: '.pd-success',
  error: '.pd-failed button, .pd-panel button.pd-primary',
  empty: '.pd-empty',
} as const;
export type StateName = keyof typeof STATES;

export interface StateOptions {
  theme?: 'light' | 'dark';
  locale?: string;
  /** Pay an invoice instead of saving a method. */
  pay?: boolean;
  hideHeading?: boolean;
}

/** The drop-in forced into one state by a stand-in engine (e2e/pages/states.html). */
export class StatesPage {
  readonly widget: Locator;
  constructor(readonly page: Page) {
    this.widget = page.locator('#paydrop');
  }

  async goto(state: StateName, { theme = 'light', locale = 'en', pay, hideHeading }: StateOptions = {}) {
    const query = new URLSearchParams({ state, theme, locale });
    if (pay) query.set('pay', '1');
    if (hideHeading) query.set('hideHeading', '1');
    await this.page.goto(`/e2e/pages/states.html?${query}`);
    await expect(this.widget.locator(STATES[state]).first()).toBeVisible();
    // Fonts and the locale module are in: nothing left to change the layout.
    await this.page.evaluate(() => document.fonts.ready);
  }
}
