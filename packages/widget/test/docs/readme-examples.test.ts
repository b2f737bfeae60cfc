// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, expect, test } from 'vitest';

/**
 * The README's examples are what merchants copy: each is type-checked here as
 * its own module against the widget's sources, with `strict` and
 * `noUnusedLocals` (an example that throws its result away fails). The
 * script-tag example's `<script>` is checked as JavaScript (`checkJs`),
 * with the `Paydrop` global and the element's typed events of `paydrop.js`.
 * Only the headless example uses names of the merchant's own (declared below).
 */
const widget = fileURLToPath(new URL('../../', import.meta.url));
const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');

/** The fenced blocks of a README section (from its heading to the next one). */
function blocks(heading: string, lang: string): string[] {
  const start = readme.indexOf(`### ${heading}\n`);
  expect(start, `README has a "### ${heading}" section`).toBeGreaterThan(-1);
  const section = readme.slice(start + 4).split(/\n#{2,3} /)[0] ?? '';
  return [...section.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1] ?? '');
}

const MERCHANT_NAMES = `
import type { PaySuccess, TokenizeSuccess } from '@paydrop/widget';
declare global {
  const customerId: string;
  const tokenId: string;
  const button: HTMLButtonElement;
  function show(code: string): void;
  function saveOnServer(result: TokenizeSuccess | PaySuccess): Promise<void>;
}
`;

function typecheck(files: Record<string, string>): string[] {
  const names = Object.keys(files).map((name) => `${widget}test/docs/__readme__/${name}`);
  const virtual = new Map(names.map((name, i) => [name, Object.values(files)[i] ?? '']));
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    strict: true,
    noUnusedLocals: true,
    allowJs: true,
    checkJs: true,
    noEmit: true,
    skipLibCheck: true,
    jsx: ts.JsxEmit.ReactJSX,
    jsxImportSource: 'preact',
    types: [],
    baseUrl: widget,
    paths: {
      '@paydrop/widget': ['src/index.ts'],
      '@paydrop/widget/ui': ['src/ui/index.ts'],
      '@paydrop/widget/element': ['src/element/index.ts'],
    },
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (name) => virtual.has(name) || fileExists(name);
  host.readFile = (name) => virtual.get(name) ?? readFile(name);
  host.getSourceFile = (name, version, ...rest) => {
    const text = virtual.get(name);
    return text === undefined
      ? getSourceFile(name, version, ...rest)
      : ts.createSourceFile(name, text, version);
  };
  // paydrop.js's global and the element's tag types, as `/// <reference types="@paydrop/widget/paydrop.js" />` gives.
  const program = ts.createProgram([...names, `${widget}src/iife.ts`], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && virtual.has(d.file.fileName))
    .map(
      (d) => `${d.file?.fileName.split('/').pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

/** All examples in one program (each its own module): one type-check, however many examples. */
let problems: string[] = [];
const files: Record<string, string> = {};
beforeAll(() => {
  const [esm] = blocks('ESM (SPA)', 'ts');
  const [html] = blocks('Script tag', 'html');
  const [headless] = blocks('Headless (your own buttons)', 'ts');
  const [compat] = blocks('ProcessOut-compatible code', 'js');
  Object.assign(files, {
    'esm.ts': esm ?? '',
    'script-tag.js': `export {};\n${/<script>\n([\s\S]*?)<\/script>/.exec(html ?? '')?.[1] ?? ''}`,
    'merchant.d.ts': MERCHANT_NAMES,
    'headless.ts': headless ?? '',
    'compat.js': `export {};\n${compat ?? ''}`,
  });
  problems = typecheck(files);
}, 120_000);
const about = (file: string) => problems.filter((problem) => problem.startsWith(`${file}:`));

test('the ESM example (mount) type-checks on its own, strict and with noUnusedLocals', () => {
  expect(files['esm.ts']).toContain("from '@paydrop/widget/ui'");
  expect(about('esm.ts')).toEqual([]);
});

test("the script-tag example's script type-checks as JavaScript, with the Paydrop global and the element's typed events", () => {
  expect(files['script-tag.js']).toContain('paydrop-token');
  expect(about('script-tag.js')).toEqual([]);
});

test('the headless example type-checks, given the merchant names it uses', () => {
  expect(files['headless.ts']).toContain('handleReturn()');
  expect(about('headless.ts')).toEqual([]);
});

test('the ProcessOut-compatible example type-checks as JavaScript against the Paydrop global', () => {
  expect(about('compat.js')).toEqual([]);
});

test('a broken example fails the check (the check can fail)', () => {
  const broken = "import { handleReturn } from '@paydrop/widget';\nconst back = handleReturn();\n";
  expect(typecheck({ 'broken.ts': broken })).toEqual([
    "broken.ts: 'back' is declared but its value is never read.",
  ]);
}, 120_000);
