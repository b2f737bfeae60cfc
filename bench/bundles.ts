/**
 * The scripts compared, each as one browser-ready file: Paydrop's headless
 * core and drop-in (from the widget's dist/), Preact + signals alone (the
 * framework Paydrop's drop-in carries), Adyen Web bundled as an APM-only
 * drop-in, and Braintree's drop-in browser bundle, minified as a CDN serves it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, transform } from 'esbuild';

export interface Bundle {
  name: string;
  code: string;
  /** Stylesheets the script needs besides itself; Paydrop's styles are inside its script. */
  css?: string;
}

const dist = join(import.meta.dirname, '../packages/widget/dist');
const require = createRequire(import.meta.url);

/** Bundles `imports` into one minified script that puts what it imports on `globalThis[name]` (as size-limit measures it). */
async function bundle(imports: string, from: string, name: string): Promise<string> {
  const contents = `import ${imports} from ${JSON.stringify(from)}; globalThis.${name} = ${imports.replace('* as ', '')};`;
  const result = await build({
    stdin: { contents, resolveDir: import.meta.dirname, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

export async function loadBundles(): Promise<Bundle[]> {
  if (!existsSync(join(dist, 'paydrop.js'))) throw new Error('No widget build: run `pnpm build` first');
  const braintree = readFileSync(require.resolve('braintree-web-drop-in/dist/browser/dropin.js'), 'utf8');
  return [
    {
      name: 'Paydrop headless core',
      code: await bundle('{ createClient, handleReturn }', join(dist, 'paydrop.mjs'), 'PaydropCore'),
    },
    { name: 'Paydrop drop-in (paydrop.js)', code: readFileSync(join(dist, 'paydrop.js'), 'utf8') },
    {
      name: 'Preact + @preact/signals alone',
      code: await bundle('* as preactAndSignals', './preact-and-signals.js', 'PreactSignals'),
    },
    {
      name: 'Adyen Web, APM-only drop-in',
      code: await bundle('{ AdyenCheckout, Dropin, Redirect }', '@adyen/adyen-web', 'AdyenApm'),
      css: readFileSync(require.resolve('@adyen/adyen-web/styles/adyen.css'), 'utf8'),
    },
    { name: 'Braintree drop-in (browser bundle)', code: (await transform(braintree, { minify: true })).code },
  ];
}
