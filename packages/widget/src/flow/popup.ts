/**
 * Must be called synchronously from the user's click (after an await, browsers
 * block the window). No `noopener`, because the provider page needs
 * `window.opener` to post the result back.
 */
export function openWindow(win: Window, url: string, mode: 'popup' | 'new-tab'): Window | null {
  try {
    return win.open(url, '_blank', mode === 'popup' ? 'popup,width=480,height=720' : undefined);
  } catch {
    // Sandboxed iframes without allow-popups throw instead of returning null.
    return null;
  }
}

/** Blocked = no window, or (Safari) a window that is already closed. `closed` is readable cross-origin. */
export const isClosed = (popup: Window | null): boolean => !popup || popup.closed;

/** A window behind COOP ignores this: the flow relay then refuses its late decision instead. */
export const closeWindow = (popup: Window | null): void => popup?.close();
