import { PALETTE } from './palette.js';

const colours = (theme: 1 | 2) =>
  PALETTE.map((entry) => `--${entry[0]}:var(--paydrop-${entry[0]},${entry[theme]})`).join(';');
const dark = colours(2);

/**
 * The drop-in's stylesheet, injected into its shadow root so merchant CSS
 * cannot break it and it cannot leak out. Themeable through inherited
 * `--paydrop-*` custom properties, which do cross the shadow boundary: the
 * colours of palette.ts, and `radius`, `font`, `font-size`, `font-size-small`,
 * `spacing`, `control-height`, `border-width`, `focus`, `focus-width`, `shadow`.
 *
 * The drop-in paints no background of its own: it sits on the merchant's page,
 * whose colour `--paydrop-background` should be. `theme` picks the light or
 * dark defaults; `auto` follows `prefers-color-scheme`, for pages that do too
 * (an OS setting alone says nothing about the page's colours).
 * Logical properties and `:dir()` mirror it for right-to-left text, whether the
 * locale or the page sets `dir="rtl"`.
 */
// One line: the stylesheet ships as a string, so every byte counts.
export const styles = `:host{display:block}.pd{${colours(1)};--r:var(--paydrop-radius,8px);--sp:var(--paydrop-spacing,12px);--h:var(--paydrop-control-height,48px);--bw:var(--paydrop-border-width,1px);color:var(--text);font:var(--paydrop-font-size,15px)/1.4 var(--paydrop-font,system-ui,sans-serif)}.pd-dark{${dark}}@media(prefers-color-scheme:dark){.pd-auto{${dark}}}.pd-body{display:grid;gap:var(--sp)}.pd *{box-sizing:border-box}.pd p{margin:0}.pd :focus-visible{outline:var(--paydrop-focus-width,2px) solid var(--paydrop-focus,var(--accent));outline-offset:2px}.pd svg,.pd-spinner{flex:none;width:20px;height:20px}.pd svg{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}.pd-method svg:dir(rtl){scale:-1 1}.pd-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}.pd-list{display:grid;gap:8px;margin:0;padding:0;border:0;min-width:0}.pd-legend{padding:0 0 8px;font-size:var(--paydrop-font-size-small,13px)}.pd-legend,.pd-btn,.pd-success,.pd-total{font-weight:600}.pd-method,.pd-btn{display:flex;align-items:center;gap:var(--sp);width:100%;min-height:var(--h);padding:8px 14px;font:inherit;color:inherit;text-decoration:none;background:var(--background);border:var(--bw) solid var(--border);border-radius:var(--r);cursor:pointer}.pd-method{font-weight:500;text-align:start;box-shadow:var(--paydrop-shadow,0 1px 2px #1018280f)}.pd-method:hover:not([aria-disabled=true]),.pd-method[aria-current]{border-color:var(--accent)}.pd-method[aria-disabled=true]:not([aria-current]){cursor:default;opacity:.5}.pd-logo,.pd-badge{flex:none;display:grid;place-items:center}.pd-logo{width:40px;height:28px;border-radius:4px;background:var(--surface);font-weight:700;text-transform:uppercase}.pd-logo,.pd-method svg,.pd-legend,.pd-empty,.pd-canceled{color:var(--muted)}.pd-logo img{max-width:40px;max-height:28px}.pd-logo:has(img){background:none}.pd-name{flex:1}.pd-btn{justify-content:center}.pd-primary{color:var(--accent-text);background:var(--accent);border-color:var(--accent)}.pd-panel{display:grid;gap:10px;padding:16px;background:var(--surface);border:var(--bw) solid var(--border)}.pd-panel,.pd-notice,.pd-empty,.pd-skel{border-radius:var(--r)}.pd-msg,.pd-notice,.pd-success{display:flex;align-items:center;gap:10px}.pd-notice{padding:10px 12px;font-size:14px;border:var(--bw) solid;background:color-mix(in srgb,currentColor 7%,transparent)}.pd-canceled{border-color:var(--border)}.pd-declined,.pd-failed{color:var(--danger)}.pd-warn svg{color:var(--warning)}.pd-empty{padding:20px;text-align:center;border:var(--bw) dashed var(--border)}.pd-badge,.pd-spinner{border-radius:50%}.pd-badge{width:32px;height:32px;color:var(--success-text);background:var(--success)}.pd-spinner{border:2px solid var(--border);border-top-color:var(--accent);animation:pd-spin .8s linear infinite}.pd-skel{height:var(--h);background:var(--surface)}@keyframes pd-spin{to{transform:rotate(1turn)}}@media(prefers-reduced-motion:reduce){.pd-spinner{animation-duration:3s}}`;
