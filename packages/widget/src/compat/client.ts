import { createClient } from '../client/create-client.js';
import type { PaydropError } from '../errors/paydrop-error.js';
import type { Target } from '../flow/target.js';
import type { ClientOptions, GatewayConfiguration, GatewayFilter, PaydropClient } from '../types.js';
import { type CompatGatewayConfiguration, withActions } from './compat-configuration.js';

/** The target object processout.js takes (its casing, not ours). */
export interface CompatTarget {
  customerID?: string;
  tokenID?: string;
  invoiceID?: string;
  filter?: GatewayFilter;
}

/**
 * ProcessOut-compatible facade: code written for processout.js's
 * `fetchGatewayConfigurations` / `handleCustomerTokenAction` runs unchanged.
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
    onError: (error: PaydropError) => void,
  ): void {
    const resolved: Target = target?.invoiceID
      ? { kind: 'invoice', invoiceId: target.invoiceID }
      : { kind: 'token', customerId: target?.customerID ?? '', tokenId: target?.tokenID ?? '' };
    // Inside the executor, so bad ids reach onError like any other failure.
    const request = new Promise<GatewayConfiguration[]>((resolve) =>
      resolve(this.client.fetchGatewayConfigurations(resolved, { filter: target?.filter })),
    ).then((configs) => configs.map((config) => withActions(this.client, config, resolved)));
    // Callbacks run outside the promise chain so an exception in merchant code is not reported as a fetch error.
    request.then(
      (configs) => setTimeout(() => onReady(configs)),
      (error: PaydropError) => setTimeout(() => onError(error)),
    );
  }
}
