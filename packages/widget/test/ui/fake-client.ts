import { vi } from 'vitest';
import type {
  ClientEvents,
  GatewayConfiguration,
  PaydropClient,
  PaySuccess,
  Result,
  TokenizeSuccess,
} from '../../src/types.js';

type FlowResult = Result<TokenizeSuccess | PaySuccess>;
type Listener = (event: never) => void;

export function gateway(id: string, displayName: string, logo = ''): GatewayConfiguration {
  return {
    id: `gway_conf_${id}`,
    name: displayName,
    enabled: true,
    default_currency: 'EUR',
    gateway: { name: id, display_name: displayName, logo_url: logo, flows: ['one-off', 'tokenization'] },
  };
}

export const paypal = gateway(
  'paypal',
  'PayPal',
  'data:image/svg+xml,<svg xmlns="http://www.w3.org/2000/svg"/>',
);
export const klarna = gateway('klarna', 'Klarna');
export const ideal = gateway('ideal', 'iDEAL');

/** A flow started through the fake client, settled by the test. */
export interface FakeFlow {
  config: GatewayConfiguration;
  options: { signal?: AbortSignal; mode?: string } & Record<string, unknown>;
  resolve(result: FlowResult): void;
  reject(error: unknown): void;
}

/**
 * A stand-in for the engine: records calls, lets the test emit events and
 * settle flows. Like the real client, a flow rejects with `signal.reason` on abort.
 */
export function createFakeClient(configs: GatewayConfiguration[] = [paypal, klarna, ideal]) {
  const listeners = new Map<string, Set<Listener>>();
  const flows: FakeFlow[] = [];
  const startFlow = (config: GatewayConfiguration, options: FakeFlow['options']) =>
    new Promise<FlowResult>((resolve, reject) => {
      flows.push({ config, options, resolve, reject });
      options.signal?.addEventListener('abort', () => reject(options.signal?.reason));
    });
  const client = {
    projectId: 'test-proj_fake',
    apiUrl: 'http://127.0.0.1:4010',
    checkoutUrl: 'http://127.0.0.1:4010',
    locale: 'en',
    fetchGatewayConfigurations: vi.fn(
      async (_target: unknown, _options?: { signal?: AbortSignal }) => configs,
    ),
    tokenize: vi.fn(startFlow),
    pay: vi.fn(startFlow),
    on: vi.fn((name: string, listener: Listener) => {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    }),
  };
  function emit<K extends keyof ClientEvents>(name: K, event: ClientEvents[K]): void {
    for (const listener of listeners.get(name) ?? []) (listener as (event: ClientEvents[K]) => void)(event);
  }
  return {
    client: client as unknown as PaydropClient,
    fake: client,
    flows,
    emit,
    listenerCount: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
  };
}
