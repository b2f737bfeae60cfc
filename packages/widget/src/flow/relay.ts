import { getJson } from '../client/request.js';
import { isAction, type RawOutcome } from './outcome.js';

/**
 * Asks the sandbox's flow relay about one state (protocol.md, "Hosted APM
 * pages" 3); with `end`, also ends the flow there unless it was decided (the
 * answer then says how). The project as a query parameter keeps each call a
 * simple request, with no CORS preflight (a project ID is `[\w-]+`: nothing
 * to encode). Resolves the outcome, `null` for a state the relay does not
 * know (a 4xx: the page never loaded, or it is over), or `undefined` to keep
 * waiting (pending, or no answer at all).
 */
export const askRelay = (
  { checkoutUrl, projectId }: { checkoutUrl: string; projectId: string },
  state: string,
  end?: boolean,
): Promise<RawOutcome | null | undefined> =>
  getJson(
    `${checkoutUrl}/checkout/flows/${state}${end ? '/cancel' : ''}?project_id=${projectId}`,
    end ? { method: 'POST', keepalive: true } : {},
  ).then(
    ({ flow }) => {
      const { status, token, error_code } = (flow ?? {}) as Record<string, unknown>;
      return isAction(status) ? { action: status, token, code: error_code } : undefined;
    },
    (error: { code?: unknown }) => (error.code === 'request.validation-error' ? null : undefined),
  );
