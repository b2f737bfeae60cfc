import type { GatewayConfiguration, InvoiceTarget, PaydropClient, TokenTarget } from '../types.js';
import type { ResumedFlow } from './resume.js';
import type { runFlow } from './run-flow.js';
import type { PendingFlow, readPending, removePending } from './state-store.js';
import type { providerIds, Target } from './target.js';

/**
 * What `resumeFlow` hands over, so that this module imports nothing: the script tag loads it from
 * next to itself (`dist/resume.mjs`, as the locales), and it must drive the page's own engine.
 */
export interface ResumeDeps {
  runFlow: typeof runFlow;
  readPending: typeof readPending;
  removePending: typeof removePending;
  providerIds: typeof providerIds;
  /** Of the stored flows' keys and of their Web Locks' names (state-store.ts). */
  prefix: string;
  /** How long a flow may still be waiting for its window (outcome-waiter.ts). */
  lifetime: number;
}

/**
 * `resumeFlow`'s work, loaded on demand once this origin has a stored flow at all (most pages
 * have none): finds this browser's newest flow for the target that may still be waiting for its
 * window (a popup or tab, not a redirect, whose page is gone by design; never another customer's,
 * token's or invoice's), takes its Web Lock unless another tab still waits for it, reads it again
 * under the lock (that tab may have settled it meanwhile), and follows it as the page that started
 * it did. Resolves undefined when there is nothing to resume.
 */
export async function resumeFound(
  deps: ResumeDeps,
  client: PaydropClient,
  ids: TokenTarget | InvoiceTarget,
  configs: readonly GatewayConfiguration[],
  signal: AbortSignal | undefined,
): Promise<ResumedFlow | undefined> {
  const { readPending, prefix } = deps;
  const target: Target =
    'invoiceId' in ids
      ? { kind: 'invoice', invoiceId: ids.invoiceId }
      : { kind: 'token', customerId: ids.customerId, tokenId: ids.tokenId };
  const found = newestPending(deps, target);
  const config = found && configs.find((c) => c.id === found[1].configId);
  if (!found || !config) return undefined;
  const [state, flow] = found;
  const lock = await tryLock(prefix + state);
  if (!lock || !readPending(state) || readPending(state)?.done || signal?.aborted) {
    lock?.();
    return undefined;
  }
  const mode = flow.mode as ResumedFlow['mode'];
  const { result } = deps.runFlow({
    ...client,
    win: window,
    config,
    target,
    mode,
    signal,
    resume: { state, since: flow.createdAt, lock },
    emit: () => false,
  });
  return { config, mode, result };
}

function newestPending(
  { readPending, removePending, providerIds, prefix, lifetime }: ResumeDeps,
  target: Target,
): [string, PendingFlow] | undefined {
  const wanted = JSON.stringify(providerIds(target));
  let found: [string, PendingFlow] | undefined;
  let keys: string[] = [];
  try {
    keys = Object.keys(localStorage);
  } catch {
    // Storage disabled: nothing stored, nothing to resume.
  }
  for (const key of keys) {
    if (!key.startsWith(prefix)) continue;
    const state = key.slice(prefix.length);
    const flow = readPending(state);
    // Abandoned flows (a tab that closed mid-flow) are dropped here, so they do not pile up.
    if (!flow) removePending(state);
    else if (
      !flow.done &&
      flow.mode !== 'redirect' &&
      Date.now() - flow.createdAt < lifetime &&
      JSON.stringify(providerIds(flow)) === wanted &&
      flow.createdAt > (found?.[1].createdAt ?? 0)
    )
      found = [state, flow];
  }
  return found;
}

/**
 * The lock if no other tab holds it (its release function), else undefined. Without the Web Locks
 * API (old browsers) nothing is held, and the relay still lets only one page save the flow.
 */
function tryLock(name: string): Promise<(() => void) | undefined> {
  const locks = navigator.locks;
  if (!locks) return Promise.resolve(() => {});
  return new Promise((resolve) => {
    locks.request(name, { ifAvailable: true }, (lock) =>
      lock ? new Promise<void>((release) => resolve(release)) : resolve(undefined),
    );
  });
}
