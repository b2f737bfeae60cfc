import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../packages/widget/dist', import.meta.url));

/**
 * The widget's build served from an origin of its own, as a CDN serves it:
 * files as they are, `text/javascript`, and `Access-Control-Allow-Origin: *`
 * (module scripts, such as the locale modules, are fetched with CORS).
 * Port 0, so tests running side by side never collide.
 */
export async function startStaticCdn(): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    const file = normalize(join(DIST, decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/')));
    if (!file.startsWith(`${DIST}/`)) return void res.writeHead(404).end();
    readFile(file).then(
      (body) => {
        res.writeHead(200, {
          'content-type': /\.m?js$/.test(extname(file)) ? 'text/javascript' : 'application/octet-stream',
          'access-control-allow-origin': '*',
        });
        res.end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
