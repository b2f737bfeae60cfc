import { createClient } from '../client/index.js';
import { InvalidOptionsError, type PaydropError } from '../errors/index.js';
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
  /** Language of the drop-in; unknown locales fall back to English. @default the client's locale */
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
  'Expected mount(element: HTMLElement, { client: PaydropClient | { projectId: "test-proj_…" }, ' +
  'customerId: "cust_…", tokenId: "tok_…" } or { client, invoiceId: "iv_…" }, ' +
  'plus optional filter, mode, onToken(result), onError(error))';
const MODES: readonly string[] = ['auto', 'popup', 'redirect', 'new-tab'];
const FILTERS: readonly string[] = [
  'alternative-payment-methods',
  'alternative-payment-methods-with-tokenization',
  'card-payments',
];

function invalid(problem: string): InvalidOptionsError {
  return new InvalidOptionsError(`Invalid mount options: ${problem}. ${SHAPE}`);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isClient(value: object): value is PaydropClient {
  return 'tokenize' in value && typeof value.tokenize === 'function';
}

function resolveTarget(options: MountOptions): CheckoutTarget {
  const { customerId, tokenId, invoiceId } = options;
  if (isText(invoiceId) && customerId === undefined && tokenId === undefined) {
    return { kind: 'invoice', invoiceId };
  }
  if (isText(customerId) && isText(tokenId) && invoiceId === undefined) {
    return { kind: 'token', customerId, tokenId };
  }
  throw invalid('give either customerId and tokenId, or invoiceId');
}

/** Checks what a script-tag user may pass without types, and fills in defaults. */
export function resolveMountOptions(element: unknown, options: MountOptions): ResolvedMountOptions {
  // nodeType rather than instanceof: an element from another frame is still an element.
  if (typeof element !== 'object' || element === null || (element as Partial<Node>).nodeType !== 1) {
    throw invalid('element must be an HTMLElement');
  }
  if (typeof options !== 'object' || options === null) throw invalid('options must be an object');
  const { client, mode, filter, onToken, onError } = options;
  if (typeof client !== 'object' || client === null) throw invalid('client is required');
  if (mode !== undefined && !MODES.includes(mode)) throw invalid(`unknown mode ${JSON.stringify(mode)}`);
  if (filter !== undefined && !FILTERS.includes(filter)) {
    throw invalid(`unknown filter ${JSON.stringify(filter)}`);
  }
  if (onToken !== undefined && typeof onToken !== 'function') throw invalid('onToken must be a function');
  if (onError !== undefined && typeof onError !== 'function') throw invalid('onError must be a function');
  const target = resolveTarget(options);
  return {
    client: isClient(client) ? client : createClient(client),
    target,
    filter:
      filter ??
      (target.kind === 'token'
        ? 'alternative-payment-methods-with-tokenization'
        : 'alternative-payment-methods'),
    mode,
    onToken,
    onError,
  };
}
