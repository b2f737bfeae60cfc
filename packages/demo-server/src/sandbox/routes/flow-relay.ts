import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { flowJson } from '../domain/flow-json.js';
import type { FlowRecord } from '../domain/types.js';
import { notFound } from '../http/api-error.js';
import type { SandboxEnv } from '../http/env.js';
import { relayCorsOrigin, relayHeaders, relayProjectId } from '../http/relay-access.js';
import { parseWith } from '../http/validate.js';
import type { Deps } from '../services/deps.js';
import { cancelFlow, readFlow } from '../services/flow-relay.js';

const PATH = '/checkout/flows/:state';
const stateParam = z.string().regex(/^[A-Za-z0-9_-]{1,128}$/, 'must be 1 to 128 of A-Z a-z 0-9 _ -');

/**
 * The flow relay (README "Flow relay"): what became of a hosted-page flow,
 * for a widget that can no longer see or hear its window. Public and keyed by
 * the unguessable state nonce; CORS only for the flow's registered origin.
 */
export function flowRelayRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  const selfOrigin = (c: Context<SandboxEnv>) => new URL(deps.baseUrl(c.req.url)).origin;
  const state = (c: Context<SandboxEnv>) => parseWith(stateParam, c.req.param('state'));

  /** Checks who asks before anything changes: another origin learns nothing and cancels nothing. */
  const answer = (
    c: Context<SandboxEnv>,
    act: (projectId: string, state: string) => FlowRecord | undefined = (projectId, s) =>
      readFlow(deps, projectId, s),
  ) => {
    const projectId = relayProjectId(c, deps.store, deps.now());
    const origin = relayCorsOrigin(c, readFlow(deps, projectId, state(c)), selfOrigin(c));
    const flow = act(projectId, state(c));
    if (!flow) throw notFound('Flow');
    return c.json({ success: true, flow: flowJson(flow) }, 200, relayHeaders(origin));
  };

  routes.get(PATH, (c) => answer(c));
  routes.post(`${PATH}/cancel`, (c) => answer(c, (projectId, s) => cancelFlow(deps, projectId, s)));

  // Only callers that send `Authorization` preflight; they get the same origin rule.
  const preflight = (c: Context<SandboxEnv>) => {
    const origin = relayCorsOrigin(c, deps.store.flows.find(state(c)), selfOrigin(c));
    return c.body(null, 204, {
      ...relayHeaders(origin),
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'Authorization',
      'access-control-max-age': '600',
    });
  };
  routes.options(PATH, preflight);
  routes.options(`${PATH}/cancel`, preflight);
  return routes;
}
