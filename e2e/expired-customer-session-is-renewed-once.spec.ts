import type { Route } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { savePayPal, signIn } from './models/shopper.js';

const expired = (route: Route) =>
  route.fulfill({
    status: 401,
    contentType: 'application/json',
    headers: { 'access-control-allow-origin': '*' },
    body: JSON.stringify({
      success: false,
      error_type: 'request.unauthorized',
      message: 'This customer session has expired; ask the merchant for a new one',
    }),
  });

test('an expired customer session is renewed once through the page, then the saved methods list', async ({
  checkout,
  page,
}) => {
  await signIn(page, 'grace');
  await savePayPal(checkout, `renew-${Date.now()}@example.com`);
  let refused = 0;
  const renewals: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/customer-session')) renewals.push(request.method());
  });
  // The sandbox answers the first list request as it answers an expired session.
  await page.route('**/customers/*/tokens', async (route) => {
    if (route.request().method() === 'GET' && refused++ === 0) return expired(route);
    return route.fallback();
  });
  await checkout.goto('popup', 'pay');
  const saved = checkout.widget.getByRole('group', { name: 'Your saved methods' });
  await expect(saved.getByRole('button', { name: 'PayPal r…@example.com', exact: true })).toBeVisible();
  // One renewal by the drop-in (the page asked for the first session as it loaded).
  expect(renewals.length).toBe(2);
});

test('a session that cannot be renewed says so, and the other methods still pay', async ({
  checkout,
  page,
}) => {
  await signIn(page, 'grace');
  await page.route('**/customers/*/tokens', (route) =>
    route.request().method() === 'GET' ? expired(route) : route.fallback(),
  );
  // The page gets its session as it loads; the merchant cannot give a fresh one after that (signed out, say).
  let sessions = 0;
  await page.route('**/api/customer-session', (route) =>
    sessions++ === 0
      ? route.fallback()
      : route.fulfill({ status: 401, contentType: 'application/json', body: '{"success":false}' }),
  );
  await checkout.goto('popup', 'pay');
  await expect(checkout.widget.getByRole('alert')).toHaveText(/Your session has expired/);
  await expect(checkout.method('PayPal')).toBeEnabled();
  expect(sessions).toBe(2);
});
