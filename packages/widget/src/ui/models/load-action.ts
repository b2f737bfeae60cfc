import { isPaydropError, NetworkError } from '../../errors/index.js';
import type { CheckoutContext } from './checkout-context.js';

export interface Loader {
  /** Fetches the gateway configurations; a second call supersedes the first. */
  load(): void;
  abort(): void;
}

export function createLoader(ctx: CheckoutContext): Loader {
  let controller: AbortController | null = null;
  const { store, client, target, filter } = ctx;

  function load(): void {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    store.state.value = { kind: 'loading' };
    const fetchTarget =
      target.kind === 'token'
        ? { customerId: target.customerId, tokenId: target.tokenId }
        : { invoiceId: target.invoiceId };
    client.fetchGatewayConfigurations(fetchTarget, { filter, signal: current.signal }).then(
      (configs) => {
        if (current.signal.aborted) return;
        store.configs.value = configs.filter((config) => config.enabled);
        store.state.value = { kind: 'ready' };
      },
      (error: unknown) => {
        if (current.signal.aborted) return;
        // The engine rejects with typed errors; anything else is treated as a network fault.
        const failure = isPaydropError(error)
          ? error
          : new NetworkError(error instanceof Error ? error.message : String(error), { cause: error });
        store.state.value = { kind: 'error', code: failure.code, message: failure.message };
        ctx.onError?.(failure);
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
