/**
 * Served as `/assets/hosted.css`; kept apart from the HTML so the CSP can forbid inline styles.
 * Light, as the demo merchant page is: a popup that turned dark with the OS while the checkout
 * behind it stayed light switched theme between the shopper's two windows.
 */
export const hostedStyles = `:root {
  color-scheme: light;
  --bg: #f3f4f6; --card: #ffffff; --text: #111827; --muted: #4b5563; --line: #e5e7eb;
  --primary: #1d4ed8; --primary-text: #ffffff; --danger: #b91c1c; --focus: #2563eb;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif;
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; padding: 24px;
  background: var(--bg); color: var(--text); line-height: 1.5; }
.card { width: 100%; max-width: 420px; background: var(--card); border: 1px solid var(--line);
  border-radius: 16px; padding: 28px; box-shadow: 0 10px 30px rgb(0 0 0 / 0.08); }
.brand { display: flex; align-items: center; gap: 14px; margin-bottom: 20px; }
.brand img { border-radius: 12px; }
.brand p { margin: 0; }
.apm { font-weight: 700; font-size: 1.05rem; }
.merchant { color: var(--muted); font-size: 0.9rem; }
h1 { font-size: 1.35rem; margin: 0 0 6px; }
h2 { font-size: 1.2rem; margin: 0 0 6px; }
.detail { color: var(--muted); margin: 0 0 22px; }
.actions { display: grid; gap: 10px; }
button, .button { font: inherit; font-weight: 600; padding: 11px 16px; border-radius: 10px; cursor: pointer;
  border: 1px solid var(--line); background: transparent; color: var(--text); text-align: center;
  text-decoration: none; display: block; width: 100%; }
button.primary, .button.primary { background: var(--primary); border-color: var(--primary); color: var(--primary-text); }
button.danger { color: var(--danger); border-color: currentColor; }
button.quiet { border-color: transparent; color: var(--muted); }
button:hover:not(:disabled) { filter: brightness(0.95); }
button:disabled { opacity: 0.6; cursor: progress; }
button:focus-visible, .button:focus-visible, h2:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.methods { border: 0; padding: 0; margin: 0 0 20px; display: grid; gap: 8px; }
.methods legend { font-weight: 600; margin-bottom: 8px; padding: 0; }
.method { display: flex; align-items: center; gap: 12px; padding: 10px 12px; border: 1px solid var(--line);
  border-radius: 10px; cursor: pointer; }
.method:has(input:checked) { border-color: var(--primary); }
.method img { border-radius: 8px; }
.method input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.account { display: grid; gap: 4px; margin: 0 0 18px; font-weight: 600; font-size: 0.9rem; }
.account input { font: inherit; font-weight: 400; padding: 9px 12px; border: 1px solid var(--line);
  border-radius: 10px; background: transparent; color: var(--text); }
.account input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.status { min-height: 1.5em; margin: 14px 0 0; color: var(--muted); }
.note { margin: 18px 0 0; padding-top: 14px; border-top: 1px solid var(--line); color: var(--muted); font-size: 0.8rem; }
[hidden] { display: none !important; }
@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }
`;
