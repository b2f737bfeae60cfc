import { createClient } from '../client/create-client.js';
import type { PaydropError } from '../errors/paydrop-error.js';
import type { Target } from '../flow/target.js';
import type { ClientOptions, GatewayFilter, PaydropClient } from '../types.js';
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
    let resolved: Target;
    let request: Promise<CompatGatewayConfiguration[]>;
    try {
      resolved = target?.invoiceID
        ? { kind: 'invoice', invoiceId: target.invoiceID }
        : { kind: 'token', customerId: target?.customerID ?? '', tokenId: target?.tokenID ?? '' };
      const filter = target?.filter ? { filter: target.filter } : {};
      const list = this.client.fetchGatewayConfigurations(resolved, filter);
      request = list.then((configs) => configs.map((config) => withActions(this.client, config, resolved)));
    } catch (error) {
      request = Promise.reject(error);
    }
    // Callbacks run outside the promise chain so an exception in merchant code is not reported as a fetch error.
    request.then(
      (configs) => setTimeout(() => onReady(configs)),
      (error: PaydropError) => setTimeout(() => onError(error)),
    );
  }
}
