import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { cors } from 'hono/cors';
import { z } from 'zod';
import { readBody } from '../http/body.js';
import { wellFormedOrigin } from '../http/cors.js';
import type { SandboxEnv } from '../http/env.js';
import {
  formatHostedPageSettings,
  HOSTED_PAGE_COOKIE,
  type HostedPageSettings,
  hostedPageSettings,
} from '../http/hosted-page-settings.js';
import { parseWith } from '../http/validate.js';
import type { Deps } from '../services/deps.js';

const flag = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);
const body = z.object({ coop: flag.optional(), close_without_message: flag.optional() });

const json = (settings: HostedPageSettings) => ({
  success: true,
  settings: { coop: settings.coop, close_without_message: settings.closeWithoutMessage },
});

/**
 * A sandbox-only switchboard for the browser that calls it (the demo page's
 * "Sandbox" controls): the choice lives in a cookie of the sandbox origin, so
 * it follows that browser to the hosted pages and no one else.
 */
export function hostedPageSettingsRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  routes.use(
    '/hosted-page-settings',
    cors({
      // Reflected only when well formed: the header is built from a checked value, never the raw input.
      origin: wellFormedOrigin,
      allowMethods: ['GET', 'PUT'],
      allowHeaders: ['Content-Type'],
      credentials: true,
      maxAge: 600,
    }),
  );
  routes.get('/hosted-page-settings', (c) => c.json(json(hostedPageSettings(c, deps.hostedPage))));
  routes.put('/hosted-page-settings', async (c) => {
    const input = parseWith(body, await readBody(c));
    const current = hostedPageSettings(c, deps.hostedPage);
    const next: HostedPageSettings = {
      coop: input.coop ?? current.coop,
      closeWithoutMessage: input.close_without_message ?? current.closeWithoutMessage,
    };
    setCookie(c, HOSTED_PAGE_COOKIE, formatHostedPageSettings(next), {
      path: '/',
      httpOnly: true,
      sameSite: 'Lax',
      maxAge: 30 * 24 * 60 * 60,
    });
    return c.json(json(next));
  });
  return routes;
}
