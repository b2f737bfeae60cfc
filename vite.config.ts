import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const widgetSrc = (path: string) => fileURLToPath(new URL(`./packages/widget/src/${path}`, import.meta.url));

/**
 * The demo checkout page (index.html). `pnpm dev` (packages/demo-server/src/dev.ts)
 * starts this config with the merchant server mounted under /api and the
 * sandbox on its own origin. The page imports the widget from source.
 */
export default defineConfig({
  // No devtools or HMR hooks: they import preact from the page's folder, where it is not a dependency.
  plugins: [preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false })],
  resolve: {
    // The page uses the widget's source, so edits show up without a library build.
    alias: [
      { find: /^@paydrop\/widget$/, replacement: widgetSrc('index.ts') },
      { find: /^@paydrop\/widget\/ui$/, replacement: widgetSrc('ui/index.ts') },
      { find: /^@paydrop\/widget\/element$/, replacement: widgetSrc('element/index.ts') },
    ],
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    // The e2e suite serves the same page under a second host name to get a second origin.
    allowedHosts: ['localhost', '127.0.0.1', '.test'],
  },
});
