import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';

// Not `new URL(…, import.meta.url)`: happy-dom's URL resolves against its page, not the file.
const distDir = join(dirname(fileURLToPath(import.meta.url)), '../../dist');
const dist = (file: string) => join(distDir, file);
const built = existsSync(dist('paydrop.js'));

/** Runs the script-tag build as a page would, in a fresh window, and returns its global. */
function loadScript(): { window: Window; Paydrop: Record<string, unknown> } {
  const window = new Window({ url: 'https://merchant.example/checkout' });
  window.eval(readFileSync(dist('paydrop.js'), 'utf8'));
  const Paydrop = (window as unknown as { Paydrop?: Record<string, unknown> }).Paydrop;
  if (!Paydrop) throw new Error('dist/paydrop.js did not define window.Paydrop');
  return { window, Paydrop };
}

describe.skipIf(!built)('script-tag build (dist/paydrop.js)', () => {
  it('defines the Paydrop global with the public API', async () => {
    const { window, Paydrop } = loadScript();
    for (const name of ['Client', 'createClient', 'mount', 'handleReturn', 'defineCustomElement']) {
      expect(typeof Paydrop[name], name).toBe('function');
    }
    await window.happyDOM.close();
  });

  it('registers <paydrop-checkout> on load', async () => {
    const { window } = loadScript();
    expect(window.customElements.get('paydrop-checkout')).toBeDefined();
    await window.happyDOM.close();
  });

  it('bundles English only, and imports each other locale from next to itself', () => {
    const source = readFileSync(dist('paydrop.js'), 'utf8');
    expect(source).toContain('Choose a payment method');
    for (const word of ['Réessayer', 'Reintentar', '再試行', 'إعادة المحاولة'])
      expect(source).not.toContain(word);
    expect(source).toContain('i18n/${');
  });

  it('builds each locale as a module that imports nothing, so the script tag can load it alone', () => {
    for (const file of readdirSync(dist('i18n')).filter((name) => name.endsWith('.mjs'))) {
      const source = readFileSync(dist(`i18n/${file}`), 'utf8');
      expect(source, file).not.toMatch(/^\s*import\b/m);
      expect(source, file).toMatch(/export\s*\{\s*\w+ as default\s*\}/);
    }
  });

  it('builds the on-demand modules it loads from next to itself (saved, compat, resume) importing nothing', () => {
    const source = readFileSync(dist('paydrop.js'), 'utf8');
    for (const name of ['saved', 'compat', 'resume']) {
      expect(source, name).toContain(`"${name}.mjs"`);
      const module = readFileSync(dist(`${name}.mjs`), 'utf8');
      expect(module, name).not.toMatch(/^\s*import\b|\bimport\s*\(/m);
    }
    // What resumes a flow after a reload is one of them: the script tag itself holds no lock-taking code.
    expect(source).not.toContain('ifAvailable');
  });

  it('ships the integrity hash of exactly this file', async () => {
    const { createHash } = await import('node:crypto');
    const hash = createHash('sha384')
      .update(readFileSync(dist('paydrop.js')))
      .digest('base64');
    expect(readFileSync(dist('paydrop.js.sri.txt'), 'utf8').trim()).toBe(`sha384-${hash}`);
  });
});

function esmSources(): string {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.m?js$/.test(file) && file !== 'paydrop.js')
    .map((file) => readFileSync(dist(file), 'utf8'))
    .join('\n');
}

describe.skipIf(!existsSync(dist('paydrop.mjs')))('ESM build (dist/*.mjs)', () => {
  it('imports Preact instead of bundling it', () => {
    expect(esmSources()).toMatch(/from\s*["']preact["']/);
  });

  it('does not register the custom element on import', async () => {
    const element: { defineCustomElement: (tag?: string) => void } = await import(dist('element.mjs'));
    expect(customElements.get('paydrop-checkout')).toBeUndefined();
    element.defineCustomElement('esm-checkout');
    expect(customElements.get('esm-checkout')).toBeDefined();
  });
});
