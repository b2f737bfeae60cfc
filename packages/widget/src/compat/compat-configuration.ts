import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import type { PaydropError } from '../errors/paydrop-error.js';
import type { Target } from '../flow/target.js';
import type {
  GatewayConfiguration,
  InvoiceTarget,
  PaydropClient,
  PaySuccess,
  Result,
  TokenizeSuccess,
  TokenTarget,
} from '../types.js';

export type OnToken = (token: string) => void;
export type OnError = (error: PaydropError) => void;

/** A gateway configuration as processout.js hands it out: the data plus the action methods. */
export interface CompatGatewayConfiguration extends GatewayConfiguration {
  /** Starts the tokenization flow; call it from a click handler. `onToken` receives the `gway_req_…` token. */
  handleCustomerTokenAction(onToken: OnToken, onError: OnError): void;
  /** Starts the invoice payment flow; call it from a click handler. */
  handleInvoiceAction(onToken: OnToken, onError: OnError): void;
}

export function withActions(
  client: PaydropClient,
  config: GatewayConfiguration,
  target: Target,
): CompatGatewayConfiguration {
  // Both call into the engine synchronously, so the popup still opens inside the click.
  const action =
    (kind: Target['kind'], ids: string, start: () => Promise<Result<TokenizeSuccess | PaySuccess>>) =>
    (onToken: OnToken, onError: OnError) => {
      if (target.kind !== kind) {
        // A typed error through onError, like every other failure of this API: no bare throw.
        return onError(new InvalidOptionsError(`This configuration was fetched without ${ids}`));
      }
      start().then((result) => (result.error ? onError(result.error) : onToken(result.token)), onError);
    };
  return {
    ...config,
    handleCustomerTokenAction: action('token', 'customerID/tokenID', () =>
      client.tokenize(config, target as TokenTarget),
    ),
    handleInvoiceAction: action('invoice', 'invoiceID', () => client.pay(config, target as InvoiceTarget)),
  };
}
