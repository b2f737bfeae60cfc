import { expect, test } from './fixtures.js';
import { PROJECT_ID, SANDBOX_URL } from './playwright.config.js';

test('the script tag loads saved.mjs from next to itself and lists the customer’s saved method', async ({
  page,
  sandbox,
}) => {
  // A customer with a saved PayPal account and a blank token, and a customer session for the browser.
  const customer = (
    await sandbox.call<{ customer: { id: string } }>('POST', '/customers', {
      first_name: 'Edsger',
      email: 'edsger@example.com',
      currency: 'EUR',
      return_url: 'http://127.0.0.1/',
    })
  ).customer;
  const blank = async () =>
    (await sandbox.call<{ token: { id: string } }>('POST', `/customers/${customer.id}/tokens`, {})).token;
  const saved = await blank();
  const configs = await sandbox.call<{ gateway_configurations: { id: string; gateway: { name: string } }[] }>(
    'GET',
    '/gateway-configurations?filter=alternative-payment-methods-with-tokenization',
  );
  const paypal = configs.gateway_configurations.find((c) => c.gateway.name === 'paypal')?.id;
  const decided = await sandbox.call<{ delivery: { message: { data: string } } }>(
    'POST',
    `/checkout/${PROJECT_ID}/${customer.id}/${saved.id}/redirect/${paypal}/outcome`,
    { outcome: 'approve', state: 'scripttag1' },
  );
  await sandbox.saveToken(customer.id, saved.id, decided.delivery.message.data);
  const target = await blank();
  const { session } = await sandbox.call<{ session: { token: string } }>(
    'POST',
    `/customers/${customer.id}/sessions`,
  );

  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('/e2e/pages/blank.html');
  await page.addScriptTag({ url: '/packages/widget/dist/paydrop.js' });
  await page.evaluate(
    ({ projectId, apiUrl, customerId, tokenId, customerSession }) => {
      const element = document.createElement('paydrop-checkout');
      const attributes = {
        'project-id': projectId,
        'api-url': apiUrl,
        'customer-id': customerId,
        'token-id': tokenId,
        'customer-session': customerSession,
        mode: 'popup',
      };
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.body.append(element);
    },
    {
      projectId: PROJECT_ID,
      apiUrl: SANDBOX_URL,
      customerId: customer.id,
      tokenId: target.id,
      customerSession: session.token,
    },
  );
  const group = page.locator('paydrop-checkout').getByRole('group', { name: 'Your saved methods' });
  await expect(group.getByRole('button', { name: 'PayPal e…@example.com', exact: true })).toBeVisible();
  expect(requested).toContain('/packages/widget/dist/saved.mjs');
});
