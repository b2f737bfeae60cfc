import { fireEvent, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listed, sessionCustomer } from '../../src/saved/index.js';
import type { MountOptions } from '../../src/ui/index.js';
import { createFakeClient, klarna, paypal } from './fake-client.js';
import { renderCheckout, shown } from './render-checkout.js';

/** A session credential as the sandbox makes it: its claims readable, its signature opaque here. */
const session = (customer: string, mac = 'mac') =>
  `sess_${btoa(JSON.stringify({ p: 'test-proj_fake', c: customer, exp: 0 }))
    .replace(/=+$/, '')
    .replace(/\+/g, '-')
    .replace(/\//g, '_')}.${mac}`;

const token = (id: string, config: string, extra: Record<string, unknown> = {}) => ({
  id,
  type: 'gateway_token',
  gateway_configuration_id: config,
  is_chargeable: true,
  is_enabled: true,
  verification_status: 'success',
  summary: '•••• 4821',
  ...extra,
});

/** An invoice checkout with cust_1's session, and the callbacks under test. */
const renderWithSession = (callbacks: Partial<MountOptions>) =>
  renderCheckout({
    client: createFakeClient().client,
    invoiceId: 'iv_1',
    customerSession: session('cust_1'),
    ...callbacks,
  });

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('saved methods in the drop-in', () => {
  it('reads the customer from the session and lists chargeable tokens first, then pending and failed', () => {
    expect(sessionCustomer(session('cust_9'))).toBe('cust_9');
    expect(sessionCustomer('nonsense')).toBeUndefined();
    const order = listed([
      token('tok_f', 'x', { verification_status: 'failed', is_chargeable: false }),
      token('tok_p', 'x', { verification_status: 'pending', is_chargeable: false }),
      token('tok_off', 'x', { is_enabled: false }),
      token('tok_blank', 'x', { type: 'pending' }),
      token('tok_ok', 'x'),
    ]);
    expect(order.map((t) => t.id)).toEqual(['tok_ok', 'tok_p', 'tok_f']);
  });

  it('lists them with the session, pays with one in one click, and says pending honestly', async () => {
    const fetch = vi.fn(async (_url: string, _init?: RequestInit) =>
      json(200, {
        success: true,
        tokens: [
          token('tok_k', klarna.id, {
            verification_status: 'pending',
            is_chargeable: false,
            summary: 'a…@example.com',
          }),
          token('tok_p', paypal.id, { summary: 'j…@example.com' }),
        ],
      }),
    );
    vi.stubGlobal('fetch', fetch);
    const { client, flows } = createFakeClient();
    const onToken = vi.fn();
    const { screen } = renderCheckout({
      client,
      invoiceId: 'iv_1',
      customerSession: session('cust_1'),
      onToken,
    });
    const saved = await screen.findByRole('button', { name: /^PayPal\s*j…@example.com/ });
    expect(fetch.mock.calls[0]?.[0]).toBe('http://127.0.0.1:4010/customers/cust_1/tokens');
    expect(new Headers(fetch.mock.calls[0]?.[1]?.headers).get('authorization')).toBe(
      `Bearer ${session('cust_1')}`,
    );
    const pending = screen.getByRole('button', { name: /^Klarna\s*a…/ });
    expect(pending.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Pending', shown)).toBeTruthy();
    fireEvent.click(pending);
    expect(onToken).not.toHaveBeenCalled();
    fireEvent.click(saved);
    expect(onToken).toHaveBeenCalledWith({ token: 'tok_p', invoiceId: 'iv_1' });
    expect(flows).toHaveLength(0);
    await screen.findByText('Paid with PayPal', shown);
  });

  it('removes a method only after the confirm step, with a session-scoped DELETE', async () => {
    const fetch = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'DELETE'
        ? json(200, { success: true })
        : json(200, { success: true, tokens: [token('tok_p', paypal.id, { summary: 'j…@example.com' })] }),
    );
    vi.stubGlobal('fetch', fetch);
    const { client } = createFakeClient();
    const { screen, root } = renderCheckout({
      client,
      customerId: 'cust_1',
      tokenId: 'tok_blank',
      customerSession: session('cust_1'),
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Remove PayPal j…@example.com' }));
    expect(fetch).toHaveBeenCalledTimes(1);
    // The confirm step: Keep is focused, so a stray Enter keeps the method.
    const keep = screen.getByRole('button', { name: 'Keep' });
    await waitFor(() => expect(keep.getRootNode()).toHaveProperty('activeElement', keep));
    fireEvent.click(keep);
    fireEvent.click(screen.getByRole('button', { name: 'Remove PayPal j…@example.com' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    const said = () =>
      [...root.querySelectorAll('[role="status"]')].map((node) => node.textContent).join(' ');
    await waitFor(() => expect(said()).toContain('PayPal j…@example.com removed'));
    expect(screen.queryByRole('button', { name: /^PayPal\s*j…@example.com/ })).toBeNull();
    expect(fetch.mock.calls[1]?.[0]).toBe('http://127.0.0.1:4010/customers/cust_1/tokens/tok_p');
    expect(fetch.mock.calls[1]?.[1]?.method).toBe('DELETE');
    // The ordinary list is still there.
    expect(screen.getByRole('button', { name: 'PayPal' })).toBeTruthy();
  });

  it('asks the merchant for a fresh session once when it expired, then lists with it', async () => {
    const fresh = session('cust_1', 'fresh');
    const fetch = vi.fn(async (_url: string, init?: RequestInit) =>
      new Headers(init?.headers).get('authorization') === `Bearer ${fresh}`
        ? json(200, { success: true, tokens: [token('tok_p', paypal.id, { summary: 'j…@example.com' })] })
        : json(401, {
            success: false,
            error_type: 'request.unauthorized',
            message: 'This customer session has expired',
          }),
    );
    vi.stubGlobal('fetch', fetch);
    const refreshCustomerSession = vi.fn(async () => fresh);
    const { screen } = renderWithSession({ refreshCustomerSession });
    await screen.findByRole('button', { name: /^PayPal\s*j…@example.com/ });
    expect(refreshCustomerSession).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('shows a clear error when the fresh session cannot be had, and keeps the other methods', async () => {
    vi.stubGlobal('fetch', async () =>
      json(401, {
        success: false,
        error_type: 'request.unauthorized',
        message: 'This customer session has expired',
      }),
    );
    const refreshCustomerSession = vi.fn(async () => {
      throw new Error('signed out');
    });
    const onError = vi.fn();
    const { screen } = renderWithSession({ refreshCustomerSession, onError });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/session has expired/);
    expect(refreshCustomerSession).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ code: 'request.unauthorized' });
    expect(screen.getByRole('button', { name: 'PayPal' })).toBeTruthy();
  });
});

describe('pay and save', () => {
  it('offers "Save … for future payments" with its consent, and sends the blank token only when ticked', async () => {
    const { client, flows } = createFakeClient();
    const { screen } = renderCheckout({ client, invoiceId: 'iv_1', tokenId: 'tok_blank' });
    const box = await screen.findByRole('checkbox', { name: 'Save PayPal for future payments' });
    expect(screen.queryByText(/allow this shop to charge/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Klarna' }));
    expect(flows[0]?.options).toMatchObject({ invoiceId: 'iv_1', tokenId: undefined });
    flows[0]?.resolve({ error: Object.assign(new Error('x'), { code: 'customer.canceled' }) as never });
    await screen.findByRole('checkbox', { name: 'Save PayPal for future payments' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Save PayPal for future payments' }));
    expect(screen.getByText(/allow this shop to charge your PayPal account/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'PayPal' }));
    expect(flows[1]?.options).toMatchObject({ invoiceId: 'iv_1', tokenId: 'tok_blank' });
    expect(box).toBeTruthy();
  });

  it('offers nothing without a blank token, or for methods that cannot tokenize', async () => {
    const { client } = createFakeClient([{ ...paypal, gateway: { ...paypal.gateway, flows: ['one-off'] } }]);
    const { screen } = renderCheckout({ client, invoiceId: 'iv_1', tokenId: 'tok_blank' });
    await screen.findByRole('button', { name: 'PayPal' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByRole('checkbox')).toBeNull();
  });
});
