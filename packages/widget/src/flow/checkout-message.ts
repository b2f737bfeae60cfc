import { isAction, type RawOutcome } from './outcome.js';

const NAMESPACE = 'processout.checkout';

/**
 * Parses the hosted page's message, a JSON string
 * `{"namespace":"processout.checkout","action":…,"data":"gway_req_…","code":…,"state":…}`.
 * Anything else (other libraries' messages, another flow's state) yields undefined.
 */
export function parseCheckoutMessage(data: unknown, state: string): RawOutcome | undefined {
  if (typeof data !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  if (m.namespace !== NAMESPACE || m.state !== state || !isAction(m.action)) return undefined;
  return {
    action: m.action,
    token: typeof m.data === 'string' ? m.data : undefined,
    code: typeof m.code === 'string' ? m.code : undefined,
  };
}
