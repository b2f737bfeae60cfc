import {
  createClient,
  defaultFilter,
  FILTERS,
  INVOICE_ID,
  invalidOptions,
  MODES,
  oneOf,
  TOKEN_IDS,
  toTarget,
} from '../client/index.js';
import type { PaydropError } from '../errors/index.js';
import type {
  ClientOptions,
  FlowMode,
  GatewayFilter,
  PaydropClient,
  PaySuccess,
  TokenizeSuccess,
} from '../types.js';
import type { CheckoutTarget } from './models/checkout-state.js';

export interface MountOptions {
  /** A client, or the options to create one. */
  client: PaydropClient | ClientOptions;
  /** Tokenization target: the customer and its blank token (`cust_…`, `tok_…`)… */
  customerId?: string;
  tokenId?: string;
  /** …or the invoice to pay (`iv_…`). */
  invoiceId?: string;
  /**
   * Which methods to list.
   * @default 'alternative-payment-methods-with-tokenization' for tokens, 'alternative-payment-methods' for invoices
   */
  filter?: GatewayFilter;
  /** @default the client's mode */
  mode?: FlowMode;
  /**
   * Language of the drop-in (`fr`, `pt-BR`): each tag tries itself, then its language, then English.
   * @default the client's locale, else the shopper's browser languages
   */
  locale?: string;
  /** Called with the gateway request token to send to your server. */
  onToken?: (result: TokenizeSuccess | PaySuccess) => void;
  /** Called on every failure, including `customer.canceled`. */
  onError?: (error: PaydropError) => void;
}

export interface ResolvedMountOptions {
  client: PaydropClient;
  target: CheckoutTarget;
  filter: GatewayFilter;
  mode: FlowMode | undefined;
  onToken: MountOptions['onToken'];
  onError: MountOptions['onError'];
}

const SHAPE =
  "mount(element, { client: { projectId: 'test-proj_…' } | PaydropClient, " +
  `${TOKEN_IDS} | ${INVOICE_ID}, filter?, mode?, locale?, onToken?, onError? })`;

const check = (ok: boolean, problem: string) => ok || invalidOptions(problem, SHAPE);
const optional = (value: unknown, type: string) => value === undefined || typeof value === type;

/** Checks what a script-tag user may pass without types, and fills in defaults. */
export function resolveMountOptions(element: unknown, options: MountOptions): ResolvedMountOptions {
  // nodeType rather than instanceof: an element from another frame is still an element.
  check((element as Partial<Node> | null)?.nodeType === 1, 'element must be an HTMLElement');
  const { client, mode, filter, locale, onToken, onError, customerId, tokenId, invoiceId } = (options ??
    {}) as MountOptions;
  check(typeof client === 'object' && client !== null, 'client is required');
  oneOf(mode, MODES, 'mode', SHAPE);
  oneOf(filter, FILTERS, 'filter', SHAPE);
  check(optional(locale, 'string'), 'locale must be a language tag');
  check(
    optional(onToken, 'function') && optional(onError, 'function'),
    'onToken and onError must be functions',
  );
  check(
    (customerId ?? tokenId) === undefined || invoiceId === undefined,
    'give either customerId and tokenId, or invoiceId',
  );
  const target = toTarget(options, SHAPE);
  return {
    client:
      typeof (client as Partial<PaydropClient>).tokenize === 'function'
        ? (client as PaydropClient)
        : createClient(client as ClientOptions),
    target,
    filter: filter ?? defaultFilter(target),
    mode,
    onToken,
    onError,
  };
}
