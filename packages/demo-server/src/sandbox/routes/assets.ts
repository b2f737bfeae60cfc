import { Hono } from 'hono';
import { hostedScript } from '../hosted/hosted-script.js';
import { hostedStyles } from '../hosted/hosted-styles.js';
import { logoSvg } from '../hosted/logos.js';
import { notFound } from '../http/api-error.js';
import type { SandboxEnv } from '../http/env.js';

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
