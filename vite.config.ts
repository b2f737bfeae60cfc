import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * The demo checkout page (index.html). `pnpm dev` (packages/demo-server/src/dev.ts)
 * starts this config with the merchant server mounted under /api and the
 * sandbox on its own origin. The page imports the widget from source.
 */
export default defineConfig({
  plugins: [preact()],
  resolve: {
    alias: {
      '@paydrop/widget': fileURLToPath(new URL('./packages/widget/src/index.ts', import.meta.url)),
    },
  },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
    // The e2e suite serves the same page under a second host name to get a second origin.
    allowedHosts: ['localhost', '127.0.0.1', '.test'],
  },
});
