import type { PaydropError } from '../errors/paydrop-error.js';
import type { GatewayConfiguration, GatewayFilter } from '../types.js';

export type OnToken = (token: string) => void;
export type OnError = (error: PaydropError) => void;

/** The target object processout.js takes (its casing, not ours). */
export interface CompatTarget {
  customerID?: string;
  tokenID?: string;
  invoiceID?: string;
  filter?: GatewayFilter;
}

/** A gateway configuration as processout.js hands it out: the data plus the action methods. */
export interface CompatGatewayConfiguration extends GatewayConfiguration {
  /** Starts the tokenization flow; call it from a click handler. `onToken` receives the `gway_req_…` token. */
  handleCustomerTokenAction(onToken: OnToken, onError: OnError): void;
  /** Starts the invoice payment flow; call it from a click handler. */
  handleInvoiceAction(onToken: OnToken, onError: OnError): void;
}
