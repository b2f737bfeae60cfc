import { Hono } from 'hono';
import { z } from 'zod';
import { tokenJson } from '../domain/serializers.js';
import { readBody } from '../http/body.js';
import { browserCors } from '../http/cors.js';
import type { SandboxEnv } from '../http/env.js';
import { flag, metadataField, urlField, webhookUrlField } from '../http/fields.js';
import { parseWith } from '../http/validate.js';
import type { Deps } from '../services/deps.js';
import { customerOr404, tokenOr404 } from '../services/lookups.js';
import { newBlankToken } from '../services/new-resources.js';
import { saveToken } from '../services/token-saving.js';

const createToken = z.object({
  // ProcessOut creates a token from a source in one call; here a token starts blank and is saved with the
  // gateway request its hosted page mints, so a source is refused rather than silently dropped.
  source: z
    .null({ error: 'a new token is blank: save the gway_req_… on it with PUT /customers/:id/tokens/:id' })
    .optional(),
  return_url: urlField(),
  cancel_url: urlField(),
  verify: flag(),
  webhook_url: webhookUrlField(),
  metadata: metadataField(),
});

const save = z.object({
  source: z.string().min(1).max(255),
  verify: flag(),
});

const LIST = '/customers/:customerId/tokens';
const ONE = '/customers/:customerId/tokens/:tokenId';

export function tokenRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  const { auth } = deps;

  routes.on(['OPTIONS', 'GET'], LIST, browserCors(['GET']));
  routes.on(['OPTIONS', 'GET', 'DELETE'], ONE, browserCors(['GET', 'DELETE']));
  routes.on(['OPTIONS', 'PUT'], [`${ONE}/enable`, `${ONE}/disable`], browserCors(['PUT']));

  routes.post(LIST, auth.secret, deps.idempotent, async (c) => {
    const input = parseWith(createToken, await readBody(c));
    const projectId = c.get('auth').project.id;
    const customer = customerOr404(deps, projectId, c.req.param('customerId'));
    const token = newBlankToken(
      projectId,
      customer.id,
      {
        returnUrl: input.return_url,
        cancelUrl: input.cancel_url,
        webhookUrl: input.webhook_url,
        verify: input.verify,
        metadata: input.metadata,
      },
      deps.now(),
    );
    deps.store.tokens.insert(token);
    return c.json({ success: true, token: tokenJson(token) });
  });

  routes.get(LIST, auth.secretOrSession, (c) => {
    const projectId = c.get('auth').project.id;
    const customer = customerOr404(deps, projectId, c.req.param('customerId'));
    return c.json({ success: true, tokens: deps.store.tokens.list(projectId, customer.id).map(tokenJson) });
  });

  routes.get(ONE, auth.secretOrSession, (c) => {
    const token = tokenOr404(
      deps,
      c.get('auth').project.id,
      c.req.param('customerId'),
      c.req.param('tokenId'),
    );
    return c.json({ success: true, token: tokenJson(token) });
  });

  routes.put(ONE, auth.secret, async (c) => {
    const input = parseWith(save, await readBody(c));
    const ids = { customerId: c.req.param('customerId'), tokenId: c.req.param('tokenId') };
    const saved = saveToken(deps, c.get('auth').project, ids, input.source, input.verify ?? false);
    return c.json({ success: true, token: tokenJson(saved.token), matched: saved.matched });
  });

  routes.delete(ONE, auth.secretOrSession, (c) => {
    const { project } = c.get('auth');
    const token = tokenOr404(deps, project.id, c.req.param('customerId'), c.req.param('tokenId'));
    deps.store.transaction(() => {
      deps.store.tokens.remove(token.id, new Date(deps.now()).toISOString());
      deps.recordEvent(project, 'token.deleted', { token: tokenJson(token) }, token.webhookUrl);
    });
    return c.json({ success: true });
  });

  for (const action of ['enable', 'disable'] as const) {
    routes.put(`${ONE}/${action}`, auth.secretOrSession, (c) => {
      const token = tokenOr404(
        deps,
        c.get('auth').project.id,
        c.req.param('customerId'),
        c.req.param('tokenId'),
      );
      // Only the flag is written, so a verification settling meanwhile is never overwritten.
      deps.store.tokens.setEnabled(token.id, action === 'enable');
      return c.json({ success: true, token: tokenJson({ ...token, enabled: action === 'enable' }) });
    });
  }

  return routes;
}
