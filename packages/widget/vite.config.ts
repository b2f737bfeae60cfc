import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { LOCALE_TAGS } from './src/i18n/locale-tags.js';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * Two library builds, because one build cannot mix formats with different
 * entries: `vite build` makes the ESM entries (dependencies left to the
 * merchant's bundler), `vite build --mode iife` the self-contained script tag.
 */
export default defineConfig(({ mode }) => {
  const iife = mode === 'iife';
  return {
    // The script tag bundles Preact, so its JSX can call Preact's own `h` (which `render`
    // needs anyway) instead of the preset's automatic runtime: preact/jsx-runtime would add
    // ~0.1 KB gzipped. The ESM build keeps the automatic runtime, Preact being external there.
    plugins: iife
      ? []
      : [preact({ devToolsEnabled: false, prefreshEnabled: false, reactAliasesEnabled: false })],
    // The script tag loads locales from next to itself instead of from bundler chunks.
    resolve: iife
      ? {
          alias: [
            { find: /^\.\/locale-loaders\.js$/, replacement: src('i18n/locale-loaders.script.ts') },
            { find: /^\.\/on-demand\.js$/, replacement: src('ui/on-demand.script.ts') },
            { find: /^\.\/load-compat\.js$/, replacement: src('compat/load-compat.script.ts') },
            { find: /^\.\/load-resume\.js$/, replacement: src('flow/load-resume.script.ts') },
          ],
        }
      : {},
    oxc: iife
      ? {
          jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment' },
          jsxInject: "import { h, Fragment } from 'preact'",
        }
      : {},
    build: {
      target: 'es2022',
      emptyOutDir: !iife,
      // The script tag's map is written but not referenced: a comment every shopper downloads (30 B
      // gzipped) for a map only a developer opens (devtools can attach dist/paydrop.js.map by hand).
      sourcemap: iife ? 'hidden' : true,
      // Terser, not the default oxc minifier, for the script tag: ~0.25 KB less gzipped, measured.
      minify: iife ? 'terser' : false,
      terserOptions: iife
        ? { ecma: 2020, compress: { passes: 3, unsafe_arrows: true, pure_getters: true } }
        : undefined,
      lib: iife
        ? { entry: src('iife.ts'), name: 'Paydrop', formats: ['iife'], fileName: () => 'paydrop.js' }
        : {
            entry: {
              paydrop: src('index.ts'),
              ui: src('ui/index.ts'),
              element: src('element/index.ts'),
              // Entries, not chunks, so each locale keeps a stable name: the script tag imports them too.
              // Saved methods and pay and save, loaded on demand; imports nothing, so the script tag loads it too.
              saved: src('saved/index.ts'),
              // processout.js compatibility (Client's work), for pages written against it: the same, on demand.
              compat: src('compat/actions.ts'),
              // What resumes a flow after a reload (flow/resume-found.ts): rare, so the same, on demand.
              resume: src('flow/resume-found.ts'),
              ...Object.fromEntries(LOCALE_TAGS.map((tag) => [`i18n/${tag}`, src(`i18n/locales/${tag}.ts`)])),
            },
            formats: ['es'],
            fileName: (_format, name) => `${name}.mjs`,
          },
      rolldownOptions: {
        external: iife ? [] : [/^preact(\/|$)/],
        output: iife ? {} : { chunkFileNames: 'chunks/[name]-[hash].mjs' },
      },
    },
  };
});
