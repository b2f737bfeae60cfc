import { readFile } from 'node:fs/promises';
import { Hono } from 'hono';
import { hostedScript } from '../hosted/hosted-script.js';
import { hostedStyles } from '../hosted/hosted-styles.js';
import { logoSvg } from '../hosted/logos.js';
import { sessionScript } from '../hosted/session-script.js';
import { notFound } from '../http/api-error.js';
import type { SandboxEnv } from '../http/env.js';

/** The widget package's build (`pnpm build`), next to this package in the repository. */
const WIDGET_DIST = new URL('../../../../widget/dist/', import.meta.url);

const common = { 'x-content-type-options': 'nosniff', 'cache-control': 'public, max-age=300' };

/** Static assets of the hosted pages and the widget's APM logos (loaded cross-origin by `<img>`). */
export function assetRoutes() {
  const routes = new Hono<SandboxEnv>();
  routes.get('/assets/hosted.js', (c) =>
    c.body(hostedScript, 200, { ...common, 'content-type': 'text/javascript; charset=utf-8' }),
  );
  routes.get('/assets/hosted.css', (c) =>
    c.body(hostedStyles, 200, { ...common, 'content-type': 'text/css; charset=utf-8' }),
  );
  routes.get('/assets/session.js', (c) =>
    c.body(sessionScript, 200, { ...common, 'content-type': 'text/javascript; charset=utf-8' }),
  );
  // The widget's script-tag build, for the checkout-session page: paydrop.js and what it loads from
  // next to itself (saved.mjs, resume.mjs, i18n/<tag>.mjs). Missing before `pnpm build`: the page's plain form stays.
  routes.get('/assets/:file{(paydrop\\.js|saved\\.mjs|resume\\.mjs|i18n/[a-z]{2}\\.mjs)}', async (c) => {
    const body = await readFile(new URL(c.req.param('file'), WIDGET_DIST)).catch(() => undefined);
    if (!body) throw notFound('Widget file');
    return c.body(body, 200, {
      ...common,
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': 'no-cache',
    });
  });
  routes.get('/logos/:file{[a-z0-9-]+\\.svg}', (c) => {
    const svg = logoSvg(c.req.param('file').replace(/\.svg$/, ''));
    if (!svg) throw notFound('Logo');
    return c.body(svg, 200, {
      ...common,
      'content-type': 'image/svg+xml',
      // A logo is an image, never a document: no script even if opened directly.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'cross-origin-resource-policy': 'cross-origin',
    });
  });
  return routes;
}
