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

/** Blocked = no window, or (Safari) a window that is already closed. */
export function isClosed(popup: Window | null): boolean {
  try {
    return !popup || popup.closed;
  } catch {
    return false;
  }
}

export function closeWindow(popup: Window | null): void {
  try {
    if (popup && !popup.closed) popup.close();
  } catch {
    // A window we can no longer reach is not ours to close.
  }
}
