import { afterEach, expect, it } from 'vitest';
import { mount } from '../../src/ui/index.js';
import { createFakeClient } from './fake-client.js';

afterEach(() => {
  document.body.innerHTML = '';
});

it('asks for the gateway configurations before it renders anything, so the round trip overlaps the first render', async () => {
  const { client, fake } = createFakeClient();
  let renderedWhenAsked: boolean | undefined;
  const element = document.createElement('div');
  fake.fetchGatewayConfigurations.mockImplementationOnce(async () => {
    renderedWhenAsked = (element.shadowRoot?.childElementCount ?? 0) > 0;
    return [];
  });
  document.body.append(element);
  mount(element, { client, customerId: 'cust_1', tokenId: 'tok_1' });
  expect(fake.fetchGatewayConfigurations).toHaveBeenCalledTimes(1);
  expect(renderedWhenAsked).toBe(false);
  // And the skeleton still shows while the answer is on its way.
  expect(element.shadowRoot?.textContent).not.toBe('');
});
