import type { PaydropError } from '../errors/paydrop-error.js';
import type { Target } from '../flow/target.js';
import type { GatewayConfiguration, PaydropClient, PaySuccess, Result, TokenizeSuccess } from '../types.js';

export type OnToken = (token: string) => void;
export type OnError = (error: PaydropError) => void;

/** A gateway configuration as processout.js hands it out: the data plus the action methods. */
export interface CompatGatewayConfiguration extends GatewayConfiguration {
  /** Starts the tokenization flow; call it from a click handler. `onToken` receives the `gway_req_…` token. */
  handleCustomerTokenAction(onToken: OnToken, onError: OnError): void;
  /** Starts the invoice payment flow; call it from a click handler. */
  handleInvoiceAction(onToken: OnToken, onError: OnError): void;
}

function settle(
  flow: Promise<Result<TokenizeSuccess | PaySuccess>>,
  onToken: OnToken,
  onError: OnError,
): void {
  flow.then(
    (result) => (result.error ? onError(result.error) : onToken(result.token)),
    (error: PaydropError) => onError(error),
  );
}

export function withActions(
  client: PaydropClient,
  config: GatewayConfiguration,
  target: Target,
): CompatGatewayConfiguration {
  const noTarget = (kind: string) => () => {
    throw new TypeError(`This configuration was fetched without ${kind}`);
  };
  return {
    ...config,
    // Both call into the engine synchronously, so the popup still opens inside the click.
    handleCustomerTokenAction(onToken, onError) {
      if (target.kind !== 'token') return noTarget('customerID/tokenID')();
      settle(client.tokenize(config, target), onToken, onError);
    },
    handleInvoiceAction(onToken, onError) {
      if (target.kind !== 'invoice') return noTarget('invoiceID')();
      settle(client.pay(config, target), onToken, onError);
    },
  };
}
