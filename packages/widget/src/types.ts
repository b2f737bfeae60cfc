/**
 * Public types of @paydrop/widget. This file is the contract between the
 * headless engine (client/, flow/), the UI (ui/, element/) and the
 * ProcessOut-compatible facade (compat/). Types only: no runtime code.
 */
import type { PaydropError } from './errors/paydrop-error.js';

/** Stable error codes, as listed in protocol.md. */
export type ErrorCode =
  | 'customer.canceled'
  | 'customer.popup-blocked'
  | 'gateway.declined'
  | 'gateway.unavailable'
  | 'request.validation-error'
  | 'request.unauthorized'
  | 'network.error'
  | 'return.state-mismatch'
  | 'widget.invalid-options';

export type GatewayFilter =
  | 'alternative-payment-methods'
  | 'alternative-payment-methods-with-tokenization'
  | 'card-payments';

/** How the provider's page is shown. `auto` picks per browser (see README). */
export type FlowMode = 'auto' | 'popup' | 'redirect' | 'new-tab';

/** What to do when the browser blocks the popup. */
export type PopupBlockedFallback = 'redirect' | 'continue';

/** A gateway configuration as the sandbox returns it. */
export interface GatewayConfiguration {
  id: string;
  name: string;
  enabled: boolean;
  default_currency: string | null;
  gateway: {
    name: string;
    display_name: string;
    logo_url: string;
    flows: string[];
  };
}

export interface ClientOptions {
  /** Public project ID (`test-proj_…`). Never the secret key. */
  projectId: string;
  /**
   * Base URL of the provider API.
   * @default 'http://127.0.0.1:4010'
   */
  apiUrl?: string;
  /**
   * Base URL of the hosted checkout pages; its origin is the only one
   * result messages are accepted from.
   * @default apiUrl
   */
  checkoutUrl?: string;
  /** @default 'en' */
  locale?: string;
  /** @default 'auto' */
  mode?: FlowMode;
  /** @default 'continue' */
  popupBlocked?: PopupBlockedFallback;
}

export interface TokenTarget {
  customerId: string;
  tokenId: string;
}
export interface InvoiceTarget {
  invoiceId: string;
}

export interface FlowOptions {
  mode?: FlowMode;
  signal?: AbortSignal;
}

export interface TokenizeSuccess {
  /** Gateway request token (`gway_req_…`): send it to your server to save the customer token. */
  token: string;
  customerId: string;
  tokenId: string;
}
export interface PaySuccess {
  token: string;
  invoiceId: string;
}
/** Expected failures are returned, not thrown (see README). */
export type Result<T> = (T & { error?: undefined }) | { error: PaydropError; token?: undefined };

export interface ClientEvents {
  /** The popup could not be opened; `retry` must be called from a new user gesture. */
  'popup-blocked': { config: GatewayConfiguration; retry: () => void };
  /** The provider page is open (popup, tab) or the page is about to navigate (redirect). */
  opened: { config: GatewayConfiguration; mode: Exclude<FlowMode, 'auto'> };
  /** A flow ended, with its outcome. */
  result: { config: GatewayConfiguration; result: Result<TokenizeSuccess | PaySuccess> };
}

/** What `handleReturn()` found in the URL. */
export type ReturnOutcome =
  | { kind: 'none' }
  | {
      kind: 'result';
      /** `here`: this page is the one that waited; `broadcast`: handed to the waiting tab. */
      delivered: 'here' | 'broadcast';
      result: Result<TokenizeSuccess | PaySuccess>;
    };
