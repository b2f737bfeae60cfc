import type { MessageKey } from '../../i18n/index.js';
import type {
  ErrorCode,
  FlowMode,
  GatewayConfiguration,
  InvoiceTarget,
  PaySuccess,
  TokenizeSuccess,
  TokenTarget,
} from '../../types.js';

/** Where the drop-in is; one screen per kind. */
export type CheckoutState =
  | { kind: 'loading' }
  | { kind: 'ready' }
  | { kind: 'waiting'; config: GatewayConfiguration; mode: Exclude<FlowMode, 'auto'> }
  | { kind: 'popup-blocked'; config: GatewayConfiguration; retry: () => void }
  | { kind: 'redirecting'; config: GatewayConfiguration }
  | { kind: 'top-nav-blocked'; config: GatewayConfiguration; url: string }
  | { kind: 'success'; config: GatewayConfiguration; result: TokenizeSuccess | PaySuccess }
  | { kind: 'error'; code: ErrorCode; message: string };

/** States in which a flow is running, so the method buttons are disabled. */
export type FlowState = Extract<CheckoutState, { config: GatewayConfiguration }>;

/**
 * The outcome of the last flow, shown above the list so the shopper can
 * choose again. `tone` drives the icon as well as the colour.
 */
export interface Notice {
  tone: 'canceled' | 'declined' | 'failed';
  key: MessageKey;
  /** The payment method's display name, for `{name}`. */
  name: string;
}

export type CheckoutTarget =
  | { kind: 'token'; customerId: string; tokenId: string }
  | { kind: 'invoice'; invoiceId: string; tokenId?: string | undefined };

export function isFlowRunning(state: CheckoutState): state is Exclude<FlowState, { kind: 'success' }> {
  return 'config' in state && state.kind !== 'success';
}

/** The target as the client takes it: the ids without `kind`. */
export function ids(target: CheckoutTarget): TokenTarget | InvoiceTarget {
  const { kind: _, ...rest } = target;
  return rest;
}
