import type { LiveUpdates } from './live.js';
import type { SandboxApi } from './sandbox-api.js';
import type { MerchantStore, ShopperSession } from './store/index.js';

/** Hono variables of every merchant route: the browser's session, found from its cookie. */
export interface MerchantEnv {
  Variables: { session: ShopperSession };
}

/** What every route module receives. */
export interface MerchantDeps {
  sandbox: SandboxApi;
  store: MerchantStore;
  live: LiveUpdates;
  now: () => number;
  /** Echoed to the page so it can create the widget's client. */
  projectId: string;
  sandboxPublicUrl: string;
  /** Where the provider sends the shopper back: the demo checkout page. */
  returnUrl: string;
}
