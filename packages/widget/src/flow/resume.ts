import type { GatewayConfiguration, InvoiceTarget, PaydropClient, TokenTarget } from '../types.js';
import { tryLock } from './flow-lock.js';
import type { FlowResult } from './outcome.js';
import { FLOW_LIFETIME_MS } from './outcome-waiter.js';
import { runFlow } from './run-flow.js';
import { findPending, readPending } from './state-store.js';

export interface ResumedFlow {
  config: GatewayConfiguration;
  mode: 'popup' | 'new-tab';
  /** Settles as `tokenize()`'s or `pay()`'s would; rejects with `signal.reason` on abort. */
  result: Promise<FlowResult>;
}

/**
 * Picks up a flow that this browser started for the same target and that may
 * still be open in its window, when the page that started it is gone (a
 * reload): found in this origin's storage, for the same customer and token or
 * the same invoice only, and not while another tab still waits for it. The
 * outcome then comes from the flow relay or the return page, as for the flow
 * that started it. Resolves undefined when there is nothing to resume.
 * @example
 * const resumed = await resumeFlow(client, { customerId, tokenId }, configs);
 * if (resumed) showWaiting(resumed.config), handle(await resumed.result);
 */
export async function resumeFlow(
  client: PaydropClient,
  target: TokenTarget | InvoiceTarget,
  configs: readonly GatewayConfiguration[],
  options: { signal?: AbortSignal } = {},
): Promise<ResumedFlow | undefined> {
  if (typeof window === 'undefined') return undefined;
  const flowTarget =
    'invoiceId' in target
      ? { kind: 'invoice' as const, invoiceId: target.invoiceId }
      : { kind: 'token' as const, customerId: target.customerId, tokenId: target.tokenId };
  const found = findPending(flowTarget, FLOW_LIFETIME_MS);
  const config = found && configs.find((c) => c.id === found[1].configId);
  if (!found || !config) return undefined;
  const [state, flow] = found;
  const lock = await tryLock(state);
  // Read again under the lock: the tab that waited may have settled it meanwhile.
  if (!lock || !readPending(state) || readPending(state)?.done || options.signal?.aborted) {
    lock?.();
    return undefined;
  }
  const mode = flow.mode as ResumedFlow['mode'];
  const { result } = runFlow({
    ...client,
    win: window,
    config,
    target: flowTarget,
    mode,
    signal: options.signal,
    resume: { state, since: flow.createdAt, lock },
    emit: () => false,
  });
  return { config, mode, result };
}
