// Prints the subresource-integrity hash of the script-tag build and writes it
// next to it, so the README's <script integrity="…"> can be checked against it.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const file = fileURLToPath(new URL('../dist/paydrop.js', import.meta.url));
const integrity = `sha384-${createHash('sha384').update(readFileSync(file)).digest('base64')}`;
writeFileSync(`${file}.sri.txt`, `${integrity}\n`);
console.log(`dist/paydrop.js integrity: ${integrity}`);
