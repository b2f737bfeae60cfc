import { asPaydropError } from '../../errors/as-paydrop-error.js';
import { CanceledError } from '../../errors/canceled-error.js';
import { GatewayUnavailableError } from '../../errors/gateway-unavailable-error.js';
import type { PaydropError } from '../../errors/paydrop-error.js';
import type {
  GatewayConfiguration,
  InvoiceTarget,
  PaySuccess,
  Result,
  TokenizeSuccess,
} from '../../types.js';
import { batch } from '../signals.js';
import type { CheckoutContext } from './checkout-context.js';
import { ids, isFlowRunning } from './checkout-state.js';
import { outcomeNotice } from './outcome-notice.js';

type FlowResult = Result<TokenizeSuccess | PaySuccess>;

export interface FlowActions {
  /** Starts a flow. Call it synchronously from the click handler: the engine opens the popup there. */
  select(config: GatewayConfiguration): void;
  /** The shopper gave up waiting: abort the flow and let them choose again. */
  cancel(): void;
  /** Popup was blocked: retry inside this new user gesture. */
  continueFlow(): void;
  /** The configuration of the flow still running, if any. */
  running(): GatewayConfiguration | undefined;
  abort(): void;
}

export function createFlowActions(ctx: CheckoutContext): FlowActions {
  const { store, client, target, mode } = ctx;
  /** The flow this UI started and still waits for; unset once settled, canceled or superseded. */
  let current: { controller: AbortController; config: GatewayConfiguration } | undefined;

  /** Back to the list with the outcome shown above it. */
  const fail = (config: GatewayConfiguration, error: PaydropError) => {
    batch(() => {
      store.state.value = { kind: 'ready' };
      store.notice.value = outcomeNotice(error, config);
    });
    if (error.code === 'customer.canceled') ctx.onCancel?.({ config });
    ctx.onError?.(error);
  };

  const settle = (flow: typeof current, result: FlowResult) => {
    if (!flow || current !== flow) return;
    current = undefined;
    if (result.error) return fail(flow.config, result.error);
    store.state.value = { kind: 'success', config: flow.config, result };
    ctx.onToken?.(result);
  };

  const select = (config: GatewayConfiguration) => {
    if (isFlowRunning(store.state.value)) return;
    const controller = new AbortController();
    const flow = { controller, config };
    current = flow;
    // Set before calling the engine: its events may fire synchronously and refine this state.
    // Until the engine says how it opened the page (`opened`), assume the usual popup.
    batch(() => {
      store.notice.value = null;
      store.state.value = { kind: 'waiting', config, mode: !mode || mode === 'auto' ? 'popup' : mode };
    });
    ctx.onSelect?.({ config });
    // The blank token goes along (pay and save) only when the shopper ticked "Save … for future payments".
    const options = { ...ids(target), mode, signal: controller.signal };
    if (target.kind === 'invoice') (options as InvoiceTarget).tokenId = ctx.saving?.(config);
    new Promise<FlowResult>((resolve) =>
      resolve('invoiceId' in options ? client.pay(config, options) : client.tokenize(config, options)),
    ).then(
      (result) => settle(flow, result),
      (error: unknown) => {
        if (!controller.signal.aborted)
          settle(flow, { error: asPaydropError(error, GatewayUnavailableError) });
      },
    );
  };

  return {
    select,
    cancel: () => {
      const flow = current;
      if (!flow) return;
      current = undefined;
      const error = new CanceledError(`The customer canceled ${flow.config.gateway.display_name}.`);
      flow.controller.abort(error);
      fail(flow.config, error);
    },
    continueFlow: () => {
      const state = store.state.value;
      if (state.kind !== 'popup-blocked') return;
      // Waiting first: retry() may synchronously report the popup blocked again.
      store.state.value = { kind: 'waiting', config: state.config, mode: 'popup' };
      state.retry();
    },
    running: () => current?.config,
    abort: () => {
      current?.controller.abort();
      current = undefined;
    },
  };
}
