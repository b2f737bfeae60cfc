import { expect, test } from './fixtures.js';
import { axeViolations } from './models/axe.js';
import { STATES, type StateName, StatesPage } from './models/states-page.js';

/**
 * Every screen of the drop-in, in the light and dark themes and in Arabic (right to left),
 * against axe's WCAG 2.0, 2.1 and 2.2 A/AA rules (colour contrast and 24 px targets included).
 */
const VARIANTS = [
  { name: 'light', theme: 'light', locale: 'en' },
  { name: 'dark', theme: 'dark', locale: 'en' },
  { name: 'ar', theme: 'light', locale: 'ar' },
] as const;

for (const variant of VARIANTS) {
  test.describe(`in ${variant.name}`, () => {
    for (const state of Object.keys(STATES) as StateName[]) {
      test(`has no WCAG 2.2 AA violations: ${state}`, async ({ page }) => {
        const states = new StatesPage(page);
        await states.goto(state, { theme: variant.theme, locale: variant.locale, pay: state === 'paid' });
        expect(await axeViolations(page)).toEqual([]);
        // And every control at least 24 × 24 px (WCAG 2.5.8), measured rather than left to axe's spacing rule.
        const small = await states.widget.locator('button, a').evaluateAll((controls) =>
          controls
            .map((control) => control.getBoundingClientRect())
            .filter((rect) => rect.width < 24 || rect.height < 24)
            .map((rect) => `${rect.width}×${rect.height}`),
        );
        expect(small).toEqual([]);
      });
    }
    for (const state of ['list', 'waiting'] as const) {
      test(`has no WCAG 2.2 AA violations: ${state} in pay mode, with the invoice's amount`, async ({
        page,
      }) => {
        const states = new StatesPage(page);
        await states.goto(state, { theme: variant.theme, locale: variant.locale, pay: true });
        // The list shows the total; the waiting panel names it instead.
        await expect(states.widget.locator(state === 'list' ? '.pd-total' : '.pd-panel')).toContainText('24');
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
