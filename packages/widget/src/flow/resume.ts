import type { GatewayConfiguration, InvoiceTarget, PaydropClient, TokenTarget } from '../types.js';
import { loadResume } from './load-resume.js';
import type { FlowResult } from './outcome.js';
import { FLOW_LIFETIME_MS } from './outcome-waiter.js';
import { runFlow } from './run-flow.js';
import { hasStoredFlows, PREFIX, readPending, removePending } from './state-store.js';
import { providerIds } from './target.js';

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
 * that started it. Resolves undefined when there is nothing to resume. The
 * search and what follows are a module of their own (resume-found.ts), loaded
 * only when this origin has a stored flow at all (`resume.mjs` beside the
 * script tag); if it cannot load, nothing resumes.
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
  if (typeof window === 'undefined' || !hasStoredFlows()) return undefined;
  return loadResume().then(
    ({ resumeFound }) =>
      resumeFound(
        { runFlow, readPending, removePending, providerIds, prefix: PREFIX, lifetime: FLOW_LIFETIME_MS },
        client,
        target,
        configs,
        options.signal,
      ),
    () => undefined,
  );
}
