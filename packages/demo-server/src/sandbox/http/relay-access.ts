import type { Context } from 'hono';
import type { FlowRecord } from '../domain/types.js';
import type { Store } from '../store/index.js';
import { notFound, unauthorized } from './api-error.js';
import { authenticate } from './auth.js';
import type { SandboxEnv } from './env.js';

/**
 * The project a relay call names: `?project_id=` (a simple GET or POST, so the
 * widget's polling needs no preflight) or the usual public `Basic projectId:`.
 */
export function relayProjectId(c: Context<SandboxEnv>, store: Store, now: number): string {
  const fromQuery = c.req.query('project_id');
  if (fromQuery) return fromQuery;
  const auth = authenticate(store, c.req.header('authorization'), now);
  if (!auth) throw unauthorized('Give project_id, or the public Basic credential');
  return auth.project.id;
}

/**
 * A flow's outcome is readable by the registered return_url's origin (the
 * merchant page that waits) and by the checkout origin itself (its hosted
 * page's beacon); a request without `Origin` is not a web page's. Any other
 * origin is told nothing, exactly as for an unknown state.
 */
export function relayCorsOrigin(c: Context<SandboxEnv>, flow: FlowRecord | undefined, selfOrigin: string) {
  const origin = c.req.header('origin');
  if (!flow || (origin && origin !== flow.returnOrigin && origin !== selfOrigin)) throw notFound('Flow');
  return origin;
}

export function relayHeaders(origin: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'cache-control': 'no-store', vary: 'Origin' };
  if (origin) headers['access-control-allow-origin'] = origin;
  return headers;
}
