import { afterEach, describe, expect, it } from 'vitest';
import { createFakeClient } from './fake-client.js';
import { renderCheckout } from './render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

describe('loading state', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('shows a skeleton, marks itself busy and announces the loading', () => {
    const { client, fake } = createFakeClient();
    fake.fetchGatewayConfigurations.mockReturnValue(new Promise(() => {}));
    const { root, status } = renderCheckout({ client, ...target });
    expect(root.querySelector('.pd-body')?.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelectorAll('.pd-skel')).toHaveLength(3);
    expect(status()).toBe('Loading payment methods…');
    // Outside the busy part, which screen readers may keep quiet.
    expect(root.querySelector('[aria-busy="true"] [role="status"]')).toBeNull();
  });

  it('clears aria-busy once the methods are listed', async () => {
    const { client } = createFakeClient();
    const { root, screen } = renderCheckout({ client, ...target });
    await screen.findByRole('button', { name: 'PayPal' });
    expect(root.querySelector('.pd-body')?.getAttribute('aria-busy')).toBe('false');
  });
});
