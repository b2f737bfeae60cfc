// Minifies the locale modules (dist/i18n/*.mjs) after the ESM build, which is
// left readable for merchants' bundlers: they are data, every byte is download
// for shoppers who load them from the script tag, and each must stay under
// 1 KB gzipped (size-limit). Their source maps would map data onto data, so go.
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const dir = fileURLToPath(new URL('../dist/i18n/', import.meta.url));
for (const file of readdirSync(dir)) {
  if (file.endsWith('.map')) rmSync(`${dir}${file}`);
  if (!file.endsWith('.mjs')) continue;
  const { code } = await minify(readFileSync(`${dir}${file}`, 'utf8'), {
    module: true,
    format: { comments: false },
  });
  writeFileSync(`${dir}${file}`, `${code}\n`);
}

// The saved-methods module (dist/saved.mjs), processout.js compatibility (dist/compat.mjs) and the resumed
// flow's rare part (dist/resume.mjs) too: the
// script tag loads them as they are. They keep their source maps, re-pointed by terser at the readable ESM
// output they came from.
for (const name of ['saved', 'compat', 'resume']) {
  const file = fileURLToPath(new URL(`../dist/${name}.mjs`, import.meta.url));
  const { code, map } = await minify(readFileSync(file, 'utf8'), {
    module: true,
    compress: { passes: 2 },
    format: { comments: false },
    sourceMap: { content: readFileSync(`${file}.map`, 'utf8'), url: `${name}.mjs.map` },
  });
  writeFileSync(file, `${code}\n`);
  writeFileSync(`${file}.map`, String(map));
}
