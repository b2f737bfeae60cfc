/**
 * The drop-in's rarely needed parts, each a dynamic `import()` with a literal
 * specifier so that bundlers split it into a chunk of its own. The script tag
 * swaps this module for `on-demand.script.ts` (see vite.config.ts).
 */
export const loadSavedMethods = () => import('../saved/index.js');
