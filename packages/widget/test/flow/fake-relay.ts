import { vi } from 'vitest';

export interface RelayAnswer {
  status: 'pending' | 'success' | 'error' | 'canceled';
  token?: string;
  error_code?: string;
}

/**
 * The sandbox's flow relay in memory, behind a stubbed `fetch`: each state
 * answers what its hosted page decided (404 until the page is shown), and
 * every call is recorded with the (fake) time it was made.
 */
export function fakeRelay() {
  const flows = new Map<string, RelayAnswer>();
  const calls: { state: string; end: boolean; at: number; url: string }[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(String(input));
      const match = /^\/checkout\/flows\/([^/]+)(\/cancel)?$/.exec(url.pathname);
      if (!match) throw new TypeError(`unexpected fetch of ${url}`);
      const [, state = '', end] = match;
      if (!!end !== (init?.method === 'POST')) throw new TypeError('cancel is a POST, a question a GET');
      calls.push({ state, end: !!end, at: Date.now(), url: url.href });
      const flow = flows.get(state);
      if (!flow) {
        return Response.json(
          { success: false, error_type: 'resource.not-found', message: 'Flow not found' },
          { status: 404 },
        );
      }
      // Ending answers the flow as it stood (pending, or what was decided first), then cancels it.
      if (end && flow.status === 'pending')
        flows.set(state, { status: 'canceled', error_code: 'customer.canceled' });
      return Response.json({ success: true, flow: { state, token: null, error_code: null, ...flow } });
    }),
  );
  return {
    calls,
    /** How many times the relay was asked about `state`. */
    asked: (state: string) => calls.filter((call) => call.state === state).length,
    /** When the relay was asked about `state` (other tests' flows may still be waiting). */
    times: (state: string) => calls.filter((call) => call.state === state).map((call) => call.at),
    /** The hosted page was shown: from now on the relay answers pending. */
    show: (state: string) => flows.set(state, { status: 'pending' }),
    decide: (state: string, answer: RelayAnswer) => flows.set(state, answer),
    approve: (state: string, token = 'gway_req_ok') => flows.set(state, { status: 'success', token }),
  };
}

export type FakeRelay = ReturnType<typeof fakeRelay>;
