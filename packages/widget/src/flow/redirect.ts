/**
 * Navigates to the provider page. Inside an iframe the whole tab must go
 * (the provider page refuses to be framed, and the return URL is the
 * merchant's top page); Chrome allows a cross-origin frame to do that only
 * with user activation, so this reports `false` when the browser refuses.
 */
export function navigate(win: Window, url: string): boolean {
  try {
    const top = win.top;
    if (top && top !== win.self) {
      top.location.href = url;
      return true;
    }
    win.location.assign(url);
    return true;
  } catch {
    return false;
  }
}
