/**
 * Navigates the whole tab to the provider page: inside an iframe that is the
 * top window (the provider page refuses to be framed, and the return URL is
 * the merchant's top page). Chrome lets a cross-origin frame do that only
 * with user activation, and a sandboxed frame only with
 * `allow-top-navigation`, so this reports `false` when the browser refuses.
 */
export function navigate(win: Window, url: string): boolean {
  try {
    // Not framed, `top` is the window itself.
    (win.top ?? win).location.href = url;
    return true;
  } catch {
    return false;
  }
}
