import { createClient } from '../client/create-client.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { NetworkError } from '../errors/network-error.js';
import type { ClientOptions, PaydropClient } from '../types.js';
import type { CompatGatewayConfiguration, CompatTarget, OnError } from './compat-configuration.js';
import { loadCompat } from './load-compat.js';

/**
 * ProcessOut-compatible facade: code written for processout.js's
 * `fetchGatewayConfigurations` / `handleCustomerTokenAction` runs unchanged.
 * What it does is a module of its own (`actions.ts`), loaded with the list.
 * @example
 * var client = new Paydrop.Client('test-proj_…', { apiUrl: 'https://sandbox.example' });
 * client.fetchGatewayConfigurations({ customerID: 'cust_…', tokenID: 'tok_…',
 *   filter: 'alternative-payment-methods-with-tokenization' }, onReady, onError);
 */
export class Client {
  /** The headless client behind the facade, for anything processout.js did not have (events, abort). */
  readonly client: PaydropClient;

  constructor(projectId: string, options: Omit<ClientOptions, 'projectId'> = {}) {
    this.client = createClient({ ...options, projectId });
  }

  fetchGatewayConfigurations(
    target: CompatTarget,
    onReady: (configurations: CompatGatewayConfiguration[]) => void,
    onError: OnError,
  ): void {
    loadCompat().then(
      ({ fetchCompat }) =>
        fetchCompat(this.client, target, onReady, onError, (message) => new InvalidOptionsError(message)),
      () => onError(new NetworkError('compat.mjs did not load')),
    );
  }
}
