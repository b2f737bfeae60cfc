import type { Page } from '@playwright/test';

/**
 * Makes the page's first `window.open` fail as a popup blocker does: Chrome
 * and Firefox return `null`, Safari returns a window that is already closed.
 * Playwright's Chromium does not block popups (the engine's calls open even
 * without user activation), so the block is simulated; later calls open for
 * real, so a retry from a new click works.
 */
export async function blockFirstPopup(page: Page, style: 'null' | 'closed' = 'null') {
  await page.addInitScript((how) => {
    const open = window.open.bind(window);
    let blocked = false;
    window.open = (...args: Parameters<typeof window.open>) => {
      if (blocked) return open(...args);
      blocked = true;
      if (how === 'null') return null;
      const opened = open(...args);
      opened?.close();
      return opened;
    };
  }, style);
}
