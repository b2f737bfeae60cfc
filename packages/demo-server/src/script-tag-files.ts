import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Plugin } from 'vite';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.map': 'application/json',
  '.txt': 'text/plain',
};

/**
 * Serves the widget's build (`/packages/widget/dist/…`) byte for byte, as a
 * CDN would: Vite's dev server would otherwise transform `paydrop.js`, which
 * breaks its integrity hash and turns its `import()` of a locale module into
 * an `import` statement a classic script cannot run. No CORS grant, like
 * everything on the demo origin: the e2e suite's own CDN stands in for
 * another origin (e2e/models/static-cdn.ts).
 */
export function scriptTagFiles(root: string): Plugin {
  const dist = join(root, 'packages/widget/dist');
  const prefix = '/packages/widget/dist/';
  return {
    name: 'paydrop-script-tag-files',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
        const file = normalize(join(dist, decodeURIComponent(path.slice(prefix.length))));
        const type = TYPES[extname(file)];
        if (!file.startsWith(`${dist}/`) || !type) return next();
        readFile(file).then(
          (body) => {
            res.writeHead(200, {
              'content-type': `${type}; charset=utf-8`,
              'cache-control': 'no-cache',
            });
            res.end(req.method === 'HEAD' ? undefined : body);
          },
          () => next(),
        );
      });
    },
  };
}
