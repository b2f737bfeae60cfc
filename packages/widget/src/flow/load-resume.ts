/**
 * The resumed flow's rare part (resume-found.ts), a dynamic `import()` with a literal specifier so
 * that bundlers split it into a chunk of its own. The script tag swaps this module for
 * `load-resume.script.ts` (see vite.config.ts).
 */
export const loadResume = () => import('./resume-found.js');
