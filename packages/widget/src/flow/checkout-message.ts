import { isAction, type RawOutcome } from './outcome.js';

const NAMESPACE = 'processout.checkout';

/**
 * Parses the hosted page's message, a JSON string
 * `{"namespace":"processout.checkout","action":…,"data":"gway_req_…","code":…,"state":…}`.
 * Anything else (other libraries' messages, another flow's state) yields undefined.
 */
export function parseCheckoutMessage(data: unknown, state: string): RawOutcome | undefined {
  let m: Record<string, unknown> | null;
  try {
    // A non-string is coerced and then fails to parse, or parses to something without our namespace.
    m = JSON.parse(data as string);
  } catch {
    return undefined;
  }
  if (m?.namespace !== NAMESPACE || m.state !== state || !isAction(m.action)) return undefined;
  return { action: m.action, token: m.data, code: m.code };
}
