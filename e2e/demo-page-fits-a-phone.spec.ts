import { expect, test } from './fixtures.js';

/**
 * The demo page on a phone (390 px) and at WCAG's reflow width (320 px): nothing wider than the screen,
 * so the payment card never needs a sideways scroll, whichever job it shows.
 */
for (const width of [390, 320]) {
  test(`the demo page fits a ${width} px wide phone, saving and paying`, async ({ checkout, page }) => {
    await page.setViewportSize({ width, height: 844 });
    for (const flow of ['save', 'pay'] as const) {
      await checkout.goto('popup', flow);
      await expect(checkout.method('PayPal')).toBeVisible();
      const overflow = await page.evaluate(() => {
        const wider = [...document.querySelectorAll<HTMLElement>('.card, fieldset, #paydrop')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`,
          );
        return { page: document.documentElement.scrollWidth - window.innerWidth, wider };
      });
      expect(overflow, flow).toEqual({ page: 0, wider: [] });
    }
  });
}
