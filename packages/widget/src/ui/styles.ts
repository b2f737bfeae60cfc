/**
 * The drop-in's stylesheet, injected into its shadow root so merchant CSS
 * cannot break it and it cannot leak out. Themeable through inherited custom
 * properties (`--paydrop-accent`, `--paydrop-radius`, `--paydrop-font`,
 * `--paydrop-background`, `--paydrop-text`, `--paydrop-muted`,
 * `--paydrop-border`, `--paydrop-surface`, `--paydrop-danger`,
 * `--paydrop-success`), which do cross the shadow boundary.
 *
 * No `prefers-color-scheme` palette: the drop-in has no background of its own
 * and sits on the merchant's page, whose colours the OS setting does not tell
 * (light text on a light page in a dark OS failed contrast). A dark page sets
 * the properties above instead.
 */
export const styles = `:host{display:block}
.pd{--a:var(--paydrop-accent,#4f46e5);--r:var(--paydrop-radius,8px);--bg:var(--paydrop-background,#fff);
--mu:var(--paydrop-muted,#5b6275);--bd:var(--paydrop-border,#d8dde6);--sf:var(--paydrop-surface,#f6f8fa);
--er:var(--paydrop-danger,#c0392b);--ok:var(--paydrop-success,#15803d);color:var(--paydrop-text,#1a1f36);
font:15px/1.4 var(--paydrop-font,system-ui,sans-serif)}
.pd-body{display:grid;gap:12px}
.pd *{box-sizing:border-box}
.pd :focus-visible{outline:2px solid var(--a);outline-offset:2px}
.pd svg,.pd-spinner{flex:none;width:20px;height:20px}
.pd svg{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round}
.pd-badge svg{stroke-width:2.5}
.pd-sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.pd-list{display:grid;gap:8px;margin:0;padding:0;border:0;min-width:0}
.pd-legend{padding:0 0 8px;font-size:13px}
.pd-legend,.pd-btn,.pd-success{font-weight:600}
.pd-method,.pd-btn{display:flex;align-items:center;gap:12px;width:100%;min-height:48px;padding:8px 14px;
font:inherit;color:inherit;text-decoration:none;background:var(--bg);border:1px solid var(--bd);
border-radius:var(--r);cursor:pointer;transition:.15s}
.pd-method{font-weight:500;text-align:left;box-shadow:0 1px 2px #1018280f}
.pd-method:hover:not([aria-disabled=true]),.pd-method[aria-current]{border-color:var(--a)}
.pd-method[aria-disabled=true]:not([aria-current]){cursor:default;opacity:.5}
.pd-logo{flex:none;display:grid;place-items:center;width:40px;height:28px;border-radius:4px;background:var(--sf);
font-weight:700;text-transform:uppercase}
.pd-logo,.pd-method svg,.pd-legend,.pd-empty,.pd-canceled{color:var(--mu)}
.pd-logo img{max-width:36px;max-height:24px}
.pd-name{flex:1}
.pd-btn{justify-content:center}
.pd-btn:hover{border-color:var(--mu)}
.pd-primary,.pd-primary:hover{color:#fff;background:var(--a);border-color:var(--a)}
.pd-primary:hover{filter:brightness(1.1)}
.pd-panel{display:grid;gap:10px;padding:16px;background:var(--sf);border:1px solid var(--bd)}
.pd-panel,.pd-notice,.pd-empty,.pd-skel{border-radius:var(--r)}
.pd-msg,.pd-notice{display:flex;align-items:center;gap:10px;margin:0}
.pd-notice{padding:10px 12px;font-size:14px;border:1px solid;background:color-mix(in srgb,currentColor 7%,transparent)}
.pd-canceled{border-color:var(--bd)}
.pd-declined,.pd-failed{color:var(--er)}
.pd-empty{margin:0;padding:20px;text-align:center;border:1px dashed var(--bd)}
.pd-success{justify-items:center;padding:24px 16px}
.pd-badge,.pd-spinner{border-radius:50%}
.pd-badge{display:grid;place-items:center;width:44px;height:44px;color:var(--bg);background:var(--ok)}
.pd-spinner{border:2px solid var(--bd);border-top-color:var(--a);animation:pd-spin .8s linear infinite}
.pd-skel{height:48px;background:var(--sf);animation:pd-glow .7s infinite alternate}
@keyframes pd-spin{to{transform:rotate(1turn)}}
@keyframes pd-glow{to{background:var(--bd)}}
@media(prefers-reduced-motion:reduce){.pd *{transition:none}.pd-skel{animation:none}.pd-spinner{animation-duration:3s}}
`;
