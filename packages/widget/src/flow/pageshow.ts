import { listen } from './listen.js';

/**
 * Calls back when the page comes back from the back/forward cache (the
 * customer pressed Back on the provider page): a redirect flow that was
 * "in progress" will never finish and must reset.
 */
export const onRestoredFromCache = (win: Window, callback: () => void): (() => void) =>
  listen<PageTransitionEvent>(win, 'pageshow', (event) => event.persisted && callback());
