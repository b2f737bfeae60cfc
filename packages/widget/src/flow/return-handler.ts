import { StateMismatchError } from '../errors/state-mismatch-error.js';
import type { ReturnOutcome } from '../types.js';
import { toResult } from './outcome.js';
import { hasReturnParams, matchesPending, outcomeFromQuery, stripReturnParams } from './return-params.js';
import { readPending, removePending, savePending } from './state-store.js';

/**
 * Call once on the page the provider returns to (your customer's `return_url`).
 * It checks the `state` against what this browser stored, hands the result to
 * the tab that waits for it (new-tab and popup flows, through this origin's
 * storage) or returns it to you (redirect flows), and removes its parameters
 * from the address bar.
 * @example
 * const outcome = handleReturn();
 * if (outcome.kind === 'result' && outcome.delivered === 'here') {
 *   if (outcome.result.error) showError(outcome.result.error.code);
 *   else await saveToken(outcome.result);
 * } else if (outcome.kind === 'result') {
 *   window.close(); // the waiting tab got the result
 * }
 */
export function handleReturn(options: { url?: string } = {}): ReturnOutcome {
  // Undefined during server rendering.
  const win: Window | undefined = globalThis.window;
  const href = options.url ?? win?.location.href;
  const url = href ? new URL(href) : undefined;
  if (!url || !hasReturnParams(url.searchParams)) return { kind: 'none' };
  const query = url.searchParams;
  if (win?.location.href === url.href) {
    try {
      // The result stays in history otherwise: a reload or a shared link would replay it.
      win.history.replaceState(win.history.state, '', stripReturnParams(url));
    } catch {
      // Opaque origins (about:blank, sandboxed frames) refuse replaceState; nothing to clean there.
    }
  }
  const state = query.get('state') ?? '';
  const flow = state ? readPending(state) : undefined;
  if (!flow || !matchesPending(query, flow)) {
    return {
      kind: 'result',
      delivered: 'here',
      result: { error: new StateMismatchError('Unknown or expired state') },
    };
  }
  const outcome = outcomeFromQuery(query);
  // A redirect flow's page is gone, so this page is the consumer; otherwise a tab is waiting: the outcome
  // goes into the stored flow, whose `storage` event reaches that tab (and a page loaded later resumes it).
  const here = flow.mode === 'redirect';
  if (here) removePending(state);
  else savePending(state, { ...flow, outcome });
  return {
    kind: 'result',
    delivered: here ? 'here' : 'broadcast',
    configId: flow.configId,
    result: toResult(outcome, flow),
  };
}
