/**
 * processout.js's `fetchGatewayConfigurations` and the action methods of the
 * configurations it hands out, loaded on demand by `Client` (`client.ts`):
 * only a page written against processout.js needs them, so the script tag
 * does not carry them. It imports nothing at run time (types only), so the
 * script tag loads `dist/compat.mjs` from next to itself; the error class it
 * raises is handed over, so it is the page's own `PaydropError`.
 */
import type { PaydropError } from '../errors/paydrop-error.js';
import type { Target } from '../flow/target.js';
import type {
  InvoiceTarget,
  PaydropClient,
  PaySuccess,
  Result,
  TokenizeSuccess,
  TokenTarget,
} from '../types.js';
import type { CompatGatewayConfiguration, CompatTarget, OnError, OnToken } from './compat-configuration.js';

export function fetchCompat(
  client: PaydropClient,
  target: CompatTarget,
  onReady: (configurations: CompatGatewayConfiguration[]) => void,
  onError: OnError,
  invalid: (message: string) => PaydropError,
): void {
  const resolved: Target = target?.invoiceID
    ? { kind: 'invoice', invoiceId: target.invoiceID }
    : { kind: 'token', customerId: target?.customerID ?? '', tokenId: target?.tokenID ?? '' };
  // Both call into the engine synchronously, so the popup still opens inside the click.
  const action =
    (kind: Target['kind'], ids: string, start: () => Promise<Result<TokenizeSuccess | PaySuccess>>) =>
    (onToken: OnToken, onFailure: OnError) => {
      // A typed error through onError, like every other failure of this API: no bare throw.
      if (resolved.kind !== kind) return onFailure(invalid(`This configuration was fetched without ${ids}`));
      start().then((result) => (result.error ? onFailure(result.error) : onToken(result.token)), onFailure);
    };
  // Inside the executor, so bad ids reach onError like any other failure.
  new Promise<CompatGatewayConfiguration[]>((resolve) =>
    resolve(
      client.fetchGatewayConfigurations(resolved, { filter: target?.filter }).then((configs) =>
        configs.map((config) => ({
          ...config,
          handleCustomerTokenAction: action('token', 'customerID/tokenID', () =>
            client.tokenize(config, resolved as TokenTarget),
          ),
          handleInvoiceAction: action('invoice', 'invoiceID', () =>
            client.pay(config, resolved as InvoiceTarget),
          ),
        })),
      ),
    ),
  ).then(
    // Callbacks run outside the promise chain so an exception in merchant code is not reported as a fetch error.
    (configs) => setTimeout(() => onReady(configs)),
    (error: PaydropError) => setTimeout(() => onError(error)),
  );
}
