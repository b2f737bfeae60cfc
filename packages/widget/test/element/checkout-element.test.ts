import { waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClientOptions } from '../../src/types.js';
import { createFakeClient } from '../ui/fake-client.js';

// The element creates its client from attributes; give it the fake engine instead.
const created: { options: ClientOptions; fake: ReturnType<typeof createFakeClient> }[] = [];
vi.mock('../../src/client/index.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/client/index.js')>()),
  createClient: (options: ClientOptions) => {
    const fake = createFakeClient();
    created.push({ options, fake });
    return fake.client;
  },
}));

const { defineCustomElement } = await import('../../src/element/index.js');

function createElement(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement('paydrop-checkout');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function shadowContainer(element: HTMLElement): HTMLElement {
  const container = element.shadowRoot?.lastElementChild;
  if (!(container instanceof HTMLElement)) throw new Error('nothing rendered in the shadow root');
  return container;
}

const tokenAttributes = {
  'project-id': 'test-proj_1',
  'api-url': 'http://127.0.0.1:4010',
  'checkout-url': 'http://127.0.0.1:4011',
  'customer-id': 'cust_1',
  'token-id': 'tok_1',
  mode: 'popup',
  locale: 'en',
};

describe('<paydrop-checkout>', () => {
  beforeAll(() => defineCustomElement());
  afterEach(() => {
    document.body.innerHTML = '';
    created.length = 0;
  });

  it('lists saved methods with customer-session, renewing it through its refreshCustomerSession property', async () => {
    const expired = JSON.stringify({
      success: false,
      error_type: 'request.unauthorized',
      message: 'expired',
    });
    const listed = JSON.stringify({ success: true, tokens: [] });
    const sessions: string[] = [];
    vi.stubGlobal('fetch', async (_url: string, init?: RequestInit) => {
      sessions.push(new Headers(init?.headers).get('authorization') ?? '');
      return new Response(sessions.length === 1 ? expired : listed, {
        status: sessions.length === 1 ? 401 : 200,
      });
    });
    const element = createElement({
      ...tokenAttributes,
      'customer-session': 'sess_e30.old',
    }) as HTMLElement & {
      refreshCustomerSession?: () => Promise<string>;
    };
    // Set after the element connected: read when the drop-in needs it.
    document.body.append(element);
    element.refreshCustomerSession = async () => 'sess_e30.fresh';
    await waitFor(() => expect(sessions).toEqual(['Bearer sess_e30.old', 'Bearer sess_e30.fresh']));
    vi.unstubAllGlobals();
  });

  it('maps its attributes to the client and the target', () => {
    document.body.append(createElement(tokenAttributes));
    expect(created[0]?.options).toEqual({
      projectId: 'test-proj_1',
      apiUrl: 'http://127.0.0.1:4010',
      checkoutUrl: 'http://127.0.0.1:4011',
      locale: 'en',
      mode: 'popup',
    });
    expect(created[0]?.fake.fake.fetchGatewayConfigurations).toHaveBeenCalledWith(
      { customerId: 'cust_1', tokenId: 'tok_1' },
      expect.objectContaining({ filter: 'alternative-payment-methods-with-tokenization' }),
    );
  });

  it('renders the drop-in in its shadow root', async () => {
    const element = createElement(tokenAttributes);
    document.body.append(element);
    expect(await within(shadowContainer(element)).findByRole('button', { name: 'PayPal' })).toBeTruthy();
  });

  it('dispatches a composed, bubbling paydrop-token event with the result', async () => {
    const element = createElement(tokenAttributes);
    const onToken = vi.fn();
    document.addEventListener('paydrop-token', onToken);
    document.body.append(element);
    (await within(shadowContainer(element)).findByRole('button', { name: 'PayPal' })).click();
    const success = { token: 'gway_req_1', customerId: 'cust_1', tokenId: 'tok_1' };
    created[0]?.fake.flows[0]?.resolve(success);
    await waitFor(() => expect(onToken).toHaveBeenCalledTimes(1));
    const event = onToken.mock.calls[0]?.[0] as CustomEvent;
    expect(event.detail).toEqual(success);
    expect(event.bubbles && event.composed).toBe(true);
    document.removeEventListener('paydrop-token', onToken);
  });

  it('dispatches paydrop-error for attributes that do not make a target', () => {
    const element = createElement({ 'project-id': 'test-proj_1' });
    const onError = vi.fn();
    element.addEventListener('paydrop-error', onError);
    document.body.append(element);
    const event = onError.mock.calls[0]?.[0] as CustomEvent;
    expect(event.detail).toMatchObject({ code: 'widget.invalid-options' });
    expect(event.composed).toBe(true);
  });

  it('re-mounts once when several attributes change', async () => {
    const element = createElement(tokenAttributes);
    document.body.append(element);
    element.removeAttribute('customer-id');
    element.removeAttribute('token-id');
    element.setAttribute('invoice-id', 'iv_1');
    await waitFor(() => expect(created).toHaveLength(2));
    expect(created[1]?.fake.fake.fetchGatewayConfigurations).toHaveBeenCalledWith(
      { invoiceId: 'iv_1' },
      expect.objectContaining({ filter: 'alternative-payment-methods' }),
    );
    expect(created[0]?.fake.listenerCount()).toBe(0);
    expect(element.shadowRoot?.querySelectorAll('.pd')).toHaveLength(1);
  });

  it('unmounts when removed from the page', () => {
    const element = createElement(tokenAttributes);
    document.body.append(element);
    element.remove();
    expect(element.shadowRoot?.querySelector('.pd')).toBeNull();
    expect(created[0]?.fake.listenerCount()).toBe(0);
  });

  it('dispatches paydrop-ready, paydrop-select and paydrop-cancel as the callbacks of the same names', async () => {
    const element = createElement(tokenAttributes);
    const seen: string[] = [];
    for (const type of ['paydrop-ready', 'paydrop-select', 'paydrop-cancel', 'paydrop-error'])
      document.addEventListener(type, (event) => {
        const { detail, bubbles, composed } = event as CustomEvent;
        seen.push(
          `${type} ${bubbles && composed} ${detail.configs?.length ?? detail.config?.id ?? detail.code}`,
        );
      });
    document.body.append(element);
    await waitFor(() => expect(seen).toEqual(['paydrop-ready true 3']));
    (within(shadowContainer(element)).getByRole('button', { name: 'PayPal' }) as HTMLElement).click();
    within(shadowContainer(element)).getByRole('button', { name: 'Cancel' }).click();
    expect(seen).toEqual([
      'paydrop-ready true 3',
      'paydrop-select true gway_conf_paypal',
      'paydrop-cancel true gway_conf_paypal',
      'paydrop-error true customer.canceled',
    ]);
  });

  it('applies locale, theme and hide-heading in place: no re-mount, no new request, the flow kept', async () => {
    const element = createElement(tokenAttributes);
    document.body.append(element);
    (await within(shadowContainer(element)).findByRole('button', { name: 'PayPal' })).click();
    element.setAttribute('theme', 'dark');
    element.setAttribute('hide-heading', '');
    element.setAttribute('locale', 'fr');
    const root = () => element.shadowRoot?.querySelector('.pd') as HTMLElement;
    await waitFor(() => expect(root().lang).toBe('fr'));
    expect(root().className).toBe('pd pd-dark');
    expect(element.shadowRoot?.querySelector('legend')?.className).toBe('pd-sr');
    expect(within(shadowContainer(element)).getByRole('button', { name: 'Annuler' })).toBeTruthy();
    expect(created).toHaveLength(1);
    expect(created[0]?.fake.fake.fetchGatewayConfigurations).toHaveBeenCalledTimes(1);
    expect(created[0]?.fake.flows[0]?.options.signal?.aborted).toBe(false);
    element.removeAttribute('hide-heading');
    expect(element.shadowRoot?.querySelector('legend')?.className).toBe('pd-legend');
  });

  it('dispatches paydrop-error for a theme it does not know, and keeps the drop-in', async () => {
    const element = createElement(tokenAttributes);
    const onError = vi.fn();
    element.addEventListener('paydrop-error', onError);
    document.body.append(element);
    await within(shadowContainer(element)).findByRole('button', { name: 'PayPal' });
    element.setAttribute('theme', 'sepia');
    expect(onError.mock.calls[0]?.[0]).toMatchObject({
      detail: {
        code: 'widget.invalid-options',
      },
    });
    expect(within(shadowContainer(element)).getByRole('button', { name: 'PayPal' })).toBeTruthy();
  });
});
