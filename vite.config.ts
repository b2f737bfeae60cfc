import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const fromRoot = (path: string) => fileURLToPath(new URL(`./${path}`, import.meta.url));
const widgetSrc = (path: string) => fromRoot(`packages/widget/src/${path}`);

/**
 * The demo checkout page (index.html). `pnpm dev` (packages/demo-server/src/dev.ts)
 * starts this config with the merchant server mounted under /api and the
 * sandbox on its own origin. The page imports the widget from source.
 */
export default defineConfig({
  // No devtools or HMR hooks: they import preact from the page's folder, where it is not a dependency.
  plugins: [
    preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false }),
    {
      // `server.fs.deny` keeps docs/ from being read, but Vite still answers an image's `?import` (a module
      // naming its URL) before it looks: the repository's screenshots and guides are not the page's.
      name: 'paydrop-no-docs',
      configureServer(server) {
        server.middlewares.use((req, res, next) => {
          if (!req.url?.startsWith('/docs/')) return next();
          res.statusCode = 404;
          res.end();
        });
      },
    },
  ],
  resolve: {
    // The page uses the widget's source, so edits show up without a library build.
    alias: [
      { find: /^@paydrop\/widget$/, replacement: widgetSrc('index.ts') },
      { find: /^@paydrop\/widget\/ui$/, replacement: widgetSrc('ui/index.ts') },
      { find: /^@paydrop\/widget\/element$/, replacement: widgetSrc('element/index.ts') },
    ],
  },
  // An unknown path is a 404, not the demo page: nothing answers for a file that is not there.
  appType: 'mpa',
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    // The e2e suite serves the same page under a second host name to get a second origin.
    allowedHosts: ['localhost', '127.0.0.1', '.test'],
    // Another origin (any page on the shopper's machine) must not read what this one serves.
    cors: false,
    // The checkout is served from its root, so by default Vite would serve every file in it: the
    // sandbox's database, lockfiles, the merchant server's source. Only what the pages load is allowed.
    fs: {
      strict: true,
      allow: [
        fromRoot('index.html'),
        fromRoot('packages/demo-server/src/page'),
        widgetSrc(''),
        fromRoot('packages/widget/dist'),
        fromRoot('e2e/pages'),
        fromRoot('node_modules/.vite'),
        fromRoot('node_modules/vite/dist/client'),
      ],
      deny: [
        '.env',
        '.env.*',
        '*.{crt,pem,key}',
        '**/.git/**',
        '**/.data/**',
        // Screenshots and guides are for the repository, not the page.
        '**/docs/**',
        '*.{db,sqlite,sqlite3}',
        '*.{db,sqlite,sqlite3}-*',
        'pnpm-lock.yaml',
        'package-lock.json',
        'yarn.lock',
        'package.json',
      ],
    },
  },
});
