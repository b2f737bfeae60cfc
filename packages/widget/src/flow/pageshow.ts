/**
 * Calls back when the page comes back from the back/forward cache (the
 * customer pressed Back on the provider page): a redirect flow that was
 * "in progress" will never finish and must reset.
 */
export function onRestoredFromCache(win: Window, callback: () => void): () => void {
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted) callback();
  };
  win.addEventListener('pageshow', onPageShow);
  return () => win.removeEventListener('pageshow', onPageShow);
}
