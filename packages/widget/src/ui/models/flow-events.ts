import { onRestoredFromCache } from '../../flow/index.js';
import type { GatewayConfiguration } from '../../types.js';
import type { CheckoutContext } from './checkout-context.js';
import type { FlowActions } from './flow-actions.js';

/**
 * Follows the engine's events for the flow this UI started (the client may be
 * shared with other code, so events for other flows are ignored).
 * Returns the cleanup.
 */
export function connectFlowEvents(ctx: CheckoutContext, flow: FlowActions): () => void {
  const { client, store } = ctx;
  const ours = (config: GatewayConfiguration) => flow.running()?.id === config.id;
  const offs = [
    client.on('popup-blocked', ({ config, fallback, retry }) => {
      // With the redirect fallback the page is already navigating: no Continue button to offer.
      if (ours(config) && fallback === 'continue')
        store.state.value = { kind: 'popup-blocked', config, retry };
    }),
    client.on('opened', ({ config, mode }) => {
      if (!ours(config)) return;
      store.state.value =
        mode === 'redirect' ? { kind: 'redirecting', config } : { kind: 'waiting', config, mode };
    }),
    client.on('top-navigation-blocked', ({ config, url }) => {
      if (ours(config)) store.state.value = { kind: 'top-nav-blocked', config, url };
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}

/**
 * Coming back with the back button restores the page from the bfcache as it
 * was left, on "Redirecting…": reset so the shopper is never stuck on a spinner.
 * The engine does the same for its own flows; this covers any client.
 */
export function resetOnBackNavigation(flow: FlowActions, target: Window): () => void {
  return onRestoredFromCache(target, flow.cancel);
}
