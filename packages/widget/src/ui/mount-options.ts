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
  GatewayConfiguration,
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
  /**
   * Colours: `light`, `dark`, or `auto` (follows `prefers-color-scheme`, for pages that do so too).
   * @default 'light'
   */
  theme?: Theme;
  /**
   * Hides the drop-in's own "Choose a payment method" heading (screen readers still hear it),
   * for pages that have a heading of their own.
   * @default false
   */
  hideHeading?: boolean;
  /** Called once the list of methods is on screen (also when it is empty), after each load. */
  onReady?: (event: { configs: readonly GatewayConfiguration[] }) => void;
  /** Called when the shopper chooses a method, as its flow starts. */
  onSelect?: (event: { config: GatewayConfiguration }) => void;
  /** Called when the shopper cancels a flow (in the drop-in or at the provider), before `onError`. */
  onCancel?: (event: { config: GatewayConfiguration }) => void;
  /** Called with the gateway request token to send to your server. */
  onToken?: (result: TokenizeSuccess | PaySuccess) => void;
  /** Called on every failure, including `customer.canceled`. */
  onError?: (error: PaydropError) => void;
  /**
   * A customer session (`sess_…`) from your server (`POST /customers/:id/sessions`): the drop-in then
   * lists that customer's saved methods first, to pay in one click or remove. Loaded on demand.
   */
  customerSession?: string;
  /** Called once when the customer session has expired: resolve with a fresh one from your server. */
  refreshCustomerSession?: () => Promise<string>;
}

export type Theme = 'light' | 'dark' | 'auto';

/** What `update()` changes on a mounted drop-in, without a new request. */
export type UpdateOptions = Pick<MountOptions, 'locale' | 'theme' | 'hideHeading'>;

export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

export interface ResolvedMountOptions
  extends Pick<
    MountOptions,
    'onToken' | 'onError' | 'onReady' | 'onSelect' | 'onCancel' | 'customerSession' | 'refreshCustomerSession'
  > {
  client: PaydropClient;
  target: CheckoutTarget;
  filter: GatewayFilter;
  mode: FlowMode | undefined;
}

const SHAPE = `mount(element, { client: { projectId: 'test-proj_…' } | PaydropClient, ${TOKEN_IDS} | ${INVOICE_ID}, …options })`;

const check = (ok: boolean, problem: string) => ok || invalidOptions(problem, SHAPE);
const optional = (value: unknown, type: string) => value === undefined || typeof value === type;

/** Checks the options `update()` takes (and `mount()`, with its callbacks); returns them. */
export function checkUpdate(options: UpdateOptions): UpdateOptions {
  const values = (options ?? {}) as Record<string, unknown>;
  oneOf(values.theme, THEMES, 'theme', SHAPE);
  check(optional(values.locale, 'string'), 'locale must be a language tag');
  for (const key in values)
    if (/^on/.test(key)) check(optional(values[key], 'function'), `${key} must be a function`);
  return options;
}

/** Checks what a script-tag user may pass without types, and fills in defaults. */
export function resolveMountOptions(element: unknown, options: MountOptions): ResolvedMountOptions {
  // nodeType rather than instanceof: an element from another frame is still an element.
  check((element as Partial<Node> | null)?.nodeType === 1, 'element must be an HTMLElement');
  const {
    client,
    mode,
    filter,
    customerId,
    tokenId: _,
    invoiceId,
    ...rest
  } = (options ?? {}) as MountOptions;
  check(typeof client === 'object' && client !== null, 'client is required');
  oneOf(mode, MODES, 'mode', SHAPE);
  oneOf(filter, FILTERS, 'filter', SHAPE);
  checkUpdate(rest);
  // With invoiceId, tokenId is the blank token a payment may also save (pay and save).
  check(
    customerId === undefined || invoiceId === undefined,
    'give either customerId and tokenId, or invoiceId',
  );
  const target = toTarget(options, SHAPE);
  return {
    // The callbacks (and the presentation options, which `update()` takes over).
    ...rest,
    client:
      typeof (client as Partial<PaydropClient>).tokenize === 'function'
        ? (client as PaydropClient)
        : createClient(client as ClientOptions),
    target,
    filter: filter ?? defaultFilter(target),
    mode,
  };
}
