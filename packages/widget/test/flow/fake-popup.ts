import { vi } from 'vitest';
import { createClient } from '../../src/client/create-client.js';
import type { ClientOptions, GatewayConfiguration } from '../../src/types.js';

export const CHECKOUT = 'http://127.0.0.1:4010';
export const target = { customerId: 'cust_1', tokenId: 'tok_1' };

export const config: GatewayConfiguration = {
  id: 'gway_conf_1',
  name: 'Demo',
  enabled: true,
  default_currency: 'EUR',
  gateway: { name: 'demo', display_name: 'Demo Pay', logo_url: '', flows: [] },
};

export interface FakePopup {
  closed: boolean;
  close(): void;
}

/** A window object whose `closed` the test controls, standing in for the provider popup. */
export function fakePopup(closed = false): FakePopup & Window {
  const popup = {
    closed,
    close() {
      popup.closed = true;
    },
  };
  return popup as unknown as FakePopup & Window;
}

/** Stubs window.open; returns the spy and the popup it hands out. */
export function stubOpen(popup: (FakePopup & Window) | null = fakePopup()) {
  const open = vi.spyOn(window, 'open').mockImplementation(() => popup);
  return { open, popup };
}

/** Stops the page from navigating and records where the engine sent it (`location.href = …`). */
export function stubNavigation() {
  return vi.spyOn(window.location, 'href', 'set').mockImplementation(() => {});
}

export function client(options: Partial<ClientOptions> = {}) {
  return createClient({ projectId: 'test-proj_abc', mode: 'popup', ...options });
}

/** The `state` query parameter of the URL window.open was last called with. */
export function openedState(open: ReturnType<typeof stubOpen>['open']): string {
  const url = open.mock.lastCall?.[0];
  return new URL(String(url)).searchParams.get('state') ?? '';
}

/** The message a provider page posts to its opener (news for the engine, which then asks the relay). */
export function postFromCheckout(
  source: unknown,
  message: Record<string, unknown>,
  origin = CHECKOUT,
  data: unknown = JSON.stringify({ namespace: 'processout.checkout', ...message }),
): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source: source as Window }));
}

/** Lets the engine's relay questions (stubbed fetch, then JSON) be answered. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
