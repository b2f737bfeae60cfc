import type { MerchantDeps } from './deps.js';
import { SandboxApiError } from './sandbox-api.js';

export interface DemoShopper {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  currency: string;
}

/** The demo's accounts. A real shop has its own sign-in; all that matters here is that the server knows who. */
export const DEMO_SHOPPERS: readonly DemoShopper[] = [
  { id: 'ada', firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.com', currency: 'EUR' },
  { id: 'grace', firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.com', currency: 'EUR' },
  { id: 'alan', firstName: 'Alan', lastName: 'Turing', email: 'alan@example.com', currency: 'EUR' },
];

export const findShopper = (id: string) => DEMO_SHOPPERS.find((s) => s.id === id);

/**
 * The sandbox customer of a shopper, created on first sign-in and kept in the
 * merchant's database. This is the PaySimple seed's rule: the customer ID is
 * looked up on the server, never taken from the browser.
 */
export async function customerOf(deps: MerchantDeps, shopper: DemoShopper): Promise<string> {
  const known = deps.store.shoppers.customerId(shopper.id);
  if (known && (await stillExists(deps, known))) return known;
  const customer = await deps.sandbox.createCustomer({
    first_name: shopper.firstName,
    last_name: shopper.lastName,
    email: shopper.email,
    currency: shopper.currency,
    return_url: deps.returnUrl,
    metadata: { shopper: shopper.id },
  });
  deps.store.shoppers.link(shopper.id, customer.id, new Date(deps.now()).toISOString());
  return customer.id;
}

/** A sandbox started afresh (`:memory:`) no longer knows the customer; then a new one is made. */
async function stillExists(deps: MerchantDeps, customerId: string): Promise<boolean> {
  try {
    await deps.sandbox.getCustomer(customerId);
    return true;
  } catch (error) {
    if (error instanceof SandboxApiError && error.status === 404) return false;
    throw error;
  }
}
