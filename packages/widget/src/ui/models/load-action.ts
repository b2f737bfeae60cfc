import { asPaydropError } from '../../errors/as-paydrop-error.js';
import { NetworkError } from '../../errors/network-error.js';
import type { GatewayConfiguration } from '../../types.js';
import type { CheckoutContext } from './checkout-context.js';
import { ids } from './checkout-state.js';

export interface Loader {
  /** Fetches the gateway configurations; a second call supersedes the first. */
  load(): void;
  abort(): void;
}

/** `listed` runs after each load, with the list (empty when it failed). */
export function createLoader(
  ctx: CheckoutContext,
  listed: (configs: readonly GatewayConfiguration[]) => void,
): Loader {
  let controller: AbortController | null = null;
  const { store, client, target, filter } = ctx;

  function load(): void {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    store.state.value = { kind: 'loading' };
    client.fetchGatewayConfigurations(ids(target), { filter, signal: current.signal }).then(
      (configs) => {
        if (current.signal.aborted) return;
        // The engine already does this, but the UI must hold even with another client.
        store.configs.value = configs.filter((config) => config.enabled);
        // Shown only as the provider should send it: a positive decimal string and a currency code.
        const { invoice } = configs;
        store.invoice.value =
          +(invoice?.amount as string) > 0 && typeof invoice?.currency === 'string' ? invoice : undefined;
        store.state.value = { kind: 'ready' };
        listed(store.configs.value);
      },
      (error: unknown) => {
        if (current.signal.aborted) return;
        // Anything but a typed error is treated as a network fault.
        const failure = asPaydropError(error, NetworkError);
        store.state.value = { kind: 'error', code: failure.code, message: failure.message };
        ctx.onError?.(failure);
        listed([]);
      },
    );
  }

  return {
    load,
    abort: () => {
      controller?.abort();
      controller = null;
    },
  };
}
