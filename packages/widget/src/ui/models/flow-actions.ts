import { asPaydropError } from '../../errors/as-paydrop-error.js';
import { CanceledError } from '../../errors/canceled-error.js';
import { GatewayUnavailableError } from '../../errors/gateway-unavailable-error.js';
import type { PaydropError } from '../../errors/paydrop-error.js';
import { resumeFlow } from '../../flow/resume.js';
import type {
  GatewayConfiguration,
  InvoiceTarget,
  PaySuccess,
  Result,
  ReturnOutcome,
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
  /**
   * Once the list is known: shows and reports the result a redirect brought back to this page (once:
   * `handleReturn()` has cleaned the URL and spent the state), or else resumes a flow of this target
   * still open in another window after a reload.
   */
  pickUp(
    returned: Extract<ReturnOutcome, { kind: 'result' }> | undefined,
    configs: readonly GatewayConfiguration[],
  ): void;
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

  /** Success or the notice; without a configuration (an unknown state) only the callback hears of it. */
  const deliver = (config: GatewayConfiguration | undefined, result: FlowResult) => {
    if (result.error) return config ? fail(config, result.error) : ctx.onError?.(result.error);
    if (config) store.state.value = { kind: 'success', config, result };
    ctx.onToken?.(result);
  };

  const settle = (flow: typeof current, result: FlowResult) => {
    if (!flow || current !== flow) return;
    current = undefined;
    deliver(flow.config, result);
  };

  /** Waits for a flow's result, as the flow this UI started. */
  const follow = (flow: NonNullable<typeof current>, result: Promise<FlowResult>) =>
    result.then(
      (outcome) => settle(flow, outcome),
      (error: unknown) => {
        if (!flow.controller.signal.aborted)
          settle(flow, { error: asPaydropError(error, GatewayUnavailableError) });
      },
    );

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
    follow(
      flow,
      new Promise<FlowResult>((resolve) =>
        resolve('invoiceId' in options ? client.pay(config, options) : client.tokenize(config, options)),
      ),
    );
  };

  /** Aborts a resume still looking for its flow (unmounted, or the shopper chose a method meanwhile). */
  let resuming: AbortController | undefined;

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
    pickUp: (returned, configs) => {
      if (!returned) {
        const controller = new AbortController();
        resuming = controller;
        // The controller's `signal` is the option resumeFlow reads.
        resumeFlow(client, ids(target), configs, controller).then((resumed) => {
          if (!resumed || controller.signal.aborted || current) return;
          const flow = { controller, config: resumed.config };
          current = flow;
          store.state.value = { kind: 'waiting', config: resumed.config, mode: resumed.mode };
          follow(flow, resumed.result);
        });
        return;
      }
      // Handed to the tab that waits for it (this page is a popup's or new tab's return page): not ours.
      if (returned.delivered !== 'here') return;
      const { result, configId } = returned;
      // The state was this browser's: the result is reported whichever target this drop-in was given
      // (it names its own customer and token, or invoice), so no approval is dropped. After the page is
      // parsed, so that a listener added by a script after the element (or after mount()) hears it.
      const report = () =>
        deliver(
          configs.find((c) => c.id === configId),
          result,
        );
      if (document.readyState === 'loading') addEventListener('DOMContentLoaded', report);
      else report();
    },
    abort: () => {
      resuming?.abort();
      current?.controller.abort();
      current = undefined;
    },
  };
}
