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

/**
 * What an invoice asks for, as the provider names it beside its list of methods: a decimal string
 * (`'12.00'`) and an ISO 4217 code (`'EUR'`).
 */
export interface InvoiceAmount {
  amount: string;
  currency: string;
}

/** The gateway configurations; for an invoice, also its amount (`invoice`) when the provider names it. */
export type GatewayConfigurationList = GatewayConfiguration[] & { invoice?: InvoiceAmount };

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
  /**
   * Language of the drop-in (a BCP 47 tag such as `fr` or `pt-BR`).
   * @default the shopper's browser languages, else English
   */
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
  /**
   * Pay and save: a blank token of the invoice's customer (`tok_…`), saved
   * by the same provider flow (for APMs whose flows include tokenization).
   */
  tokenId?: string | undefined;
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
  /**
   * The popup could not be opened. With `fallback: 'continue'`, call `retry`
   * from a new user gesture (a "Continue" button); with `'redirect'` the page
   * is already navigating to the provider.
   */
  'popup-blocked': { config: GatewayConfiguration; fallback: PopupBlockedFallback; retry: () => void };
  /** The provider page is open (popup, tab) or the page is about to navigate (redirect). */
  opened: { config: GatewayConfiguration; mode: Exclude<FlowMode, 'auto'> };
  /** A flow ended, with its outcome. */
  result: { config: GatewayConfiguration; result: Result<TokenizeSuccess | PaySuccess> };
  /**
   * Inside a cross-origin iframe the browser refused to navigate the top
   * window (no user activation, or a sandboxed frame). Show a link to `url`
   * with `target="_top"`; the flow stays pending until it is used or aborted.
   */
  'top-navigation-blocked': { config: GatewayConfiguration; url: string };
}

/** A mode after `auto` was resolved for this browser. */
export type ResolvedFlowMode = Exclude<FlowMode, 'auto'>;

/** What `createClient()` returns. */
export interface PaydropClient {
  readonly projectId: string;
  readonly apiUrl: string;
  readonly checkoutUrl: string;
  readonly locale: string | undefined;
  readonly mode: FlowMode;
  readonly popupBlocked: PopupBlockedFallback;
  /**
   * Lists the project's enabled gateway configurations for a target. One
   * request per (project, target, filter), cached for the life of the page.
   * Rejects with a `PaydropError`; throws `InvalidOptionsError` at once for
   * bad arguments.
   * @default filter 'alternative-payment-methods-with-tokenization' for a token target, 'alternative-payment-methods' for an invoice
   */
  fetchGatewayConfigurations(
    target: TokenTarget | InvoiceTarget,
    options?: { filter?: GatewayFilter; signal?: AbortSignal },
  ): Promise<GatewayConfigurationList>;
  /**
   * Runs the provider flow that fills a blank customer token. Call it from a
   * click handler: the popup is opened synchronously. Resolves with
   * `{token, customerId, tokenId}` or `{error}`; rejects only with
   * `signal.reason` on abort (and throws `InvalidOptionsError` for bad arguments).
   * @example
   * button.onclick = async () => {
   *   const { token, error } = await client.tokenize(config, { customerId, tokenId });
   *   if (error) return show(error.code);
   *   await fetch('/save-token', { method: 'POST', body: JSON.stringify({ token, customerId, tokenId }) });
   * };
   */
  tokenize(
    config: GatewayConfiguration,
    options: TokenTarget & FlowOptions,
  ): Promise<Result<TokenizeSuccess>>;
  /** Same as `tokenize()`, for paying an invoice; resolves with `{token, invoiceId}` or `{error}`. */
  pay(config: GatewayConfiguration, options: InvoiceTarget & FlowOptions): Promise<Result<PaySuccess>>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends keyof ClientEvents>(name: K, listener: (event: ClientEvents[K]) => void): () => void;
}

/** What `handleReturn()` found in the URL. */
export type ReturnOutcome =
  | { kind: 'none' }
  | {
      kind: 'result';
      /** `here`: this page is the one that waited; `broadcast`: handed to the waiting tab. */
      delivered: 'here' | 'broadcast';
      result: Result<TokenizeSuccess | PaySuccess>;
      /** The gateway configuration the flow was started with; absent for an unknown or expired state. */
      configId?: string;
    };
