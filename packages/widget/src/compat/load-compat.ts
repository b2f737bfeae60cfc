/**
 * processout.js compatibility, a dynamic `import()` with a literal specifier
 * so bundlers split it into a chunk of its own. The script tag swaps this
 * module for `load-compat.script.ts` (see vite.config.ts).
 */
export const loadCompat = () => import('./actions.js');
