import { batch } from '@preact/signals-core';
import { CanceledError, GatewayUnavailableError, isPaydropError } from '../../errors/index.js';
import type { FlowMode, GatewayConfiguration, PaySuccess, Result, TokenizeSuccess } from '../../types.js';
import type { CheckoutContext } from './checkout-context.js';
import { isFlowRunning } from './checkout-state.js';
import { outcomeNotice } from './outcome-notice.js';

type FlowResult = Result<TokenizeSuccess | PaySuccess>;

/** The flow this UI started and still waits for; `null` once settled, canceled or superseded. */
interface Slot {
  current: { controller: AbortController; config: GatewayConfiguration } | null;
}

export interface FlowActions {
  /** Starts a flow. Call it synchronously from the click handler: the engine opens the popup there. */
  select(config: GatewayConfiguration): void;
  /** The shopper gave up waiting: abort the flow and let them choose again. */
  cancel(): void;
  /** Popup was blocked: retry inside this new user gesture. */
  continueFlow(): void;
  /** The configuration of the flow still running, if any. */
  running(): GatewayConfiguration | null;
  abort(): void;
}

export function createFlowActions(ctx: CheckoutContext): FlowActions {
  const slot: Slot = { current: null };
  return {
    select: (config) => select(ctx, slot, config),
    cancel: () => cancel(ctx, slot),
    continueFlow: () => continueFlow(ctx),
    running: () => slot.current?.config ?? null,
    abort: () => {
      slot.current?.controller.abort();
      slot.current = null;
    },
  };
}

function select(ctx: CheckoutContext, slot: Slot, config: GatewayConfiguration): void {
  const { store } = ctx;
  if (isFlowRunning(store.state.value)) return;
  const controller = new AbortController();
  slot.current = { controller, config };
  // Set before calling the engine: its events may fire synchronously and refine this state.
  batch(() => {
    store.notice.value = null;
    store.state.value = { kind: 'waiting', config, mode: provisionalMode(ctx.mode) };
  });
  let pending: Promise<FlowResult>;
  try {
    pending = start(ctx, config, controller.signal);
  } catch (error) {
    pending = Promise.reject(error);
  }
  pending.then(
    (result) => settle(ctx, slot, controller, result),
    (error: unknown) => {
      if (!controller.signal.aborted) settle(ctx, slot, controller, { error: asPaydropError(error) });
    },
  );
}

function start(ctx: CheckoutContext, config: GatewayConfiguration, signal: AbortSignal): Promise<FlowResult> {
  const { client, target, mode } = ctx;
  return target.kind === 'token'
    ? client.tokenize(config, { customerId: target.customerId, tokenId: target.tokenId, mode, signal })
    : client.pay(config, { invoiceId: target.invoiceId, mode, signal });
}

function settle(ctx: CheckoutContext, slot: Slot, controller: AbortController, result: FlowResult): void {
  const flow = slot.current;
  if (flow?.controller !== controller) return;
  slot.current = null;
  const { store } = ctx;
  if (!result.error) {
    store.state.value = { kind: 'success', config: flow.config, result };
    ctx.onToken?.(result);
    return;
  }
  const { error } = result;
  batch(() => {
    store.state.value = { kind: 'ready' };
    store.notice.value = outcomeNotice(error, flow.config, ctx.t);
  });
  ctx.onError?.(error);
}

function cancel(ctx: CheckoutContext, slot: Slot): void {
  const flow = slot.current;
  if (!flow) return;
  slot.current = null;
  const error = new CanceledError(`The customer canceled ${flow.config.gateway.display_name}.`);
  flow.controller.abort(error);
  batch(() => {
    ctx.store.state.value = { kind: 'ready' };
    ctx.store.notice.value = outcomeNotice(error, flow.config, ctx.t);
  });
  ctx.onError?.(error);
}

function continueFlow(ctx: CheckoutContext): void {
  const state = ctx.store.state.value;
  if (state.kind !== 'popup-blocked') return;
  // Waiting first: retry() may synchronously report the popup blocked again.
  ctx.store.state.value = { kind: 'waiting', config: state.config, mode: 'popup' };
  state.retry();
}

/** The engine promises typed errors; anything else still must not leave a spinner. */
function asPaydropError(error: unknown) {
  if (isPaydropError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new GatewayUnavailableError(message, { cause: error });
}

/** Until the engine says how it opened the page (`opened`), assume the usual popup. */
function provisionalMode(mode: FlowMode | undefined): Exclude<FlowMode, 'auto'> {
  return mode === undefined || mode === 'auto' ? 'popup' : mode;
}
