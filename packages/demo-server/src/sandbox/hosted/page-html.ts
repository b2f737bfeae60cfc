import { escapeHtml as e } from './escape.js';

/**
 * The hosted pages' HTML. No inline script or style: the CSP allows only
 * `/assets/hosted.js` and `/assets/hosted.css` from this origin.
 */
export const HOSTED_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${e(title)}</title>
<link rel="stylesheet" href="/assets/hosted.css">
<script src="/assets/hosted.js" defer></script>
</head>
<body>
${body}
</body>
</html>`;
}

export interface CheckoutPageView {
  projectName: string;
  apmName: string;
  gateway: string;
  headline: string;
  detail: string;
  state: string;
  /** The suggested account at the APM, editable: another account makes another saved method. */
  account: string;
  actionPath: string;
  /** Where the page's pagehide beacon reports a close without a decision; none without a state. */
  abandonPath: string | null;
  /** Sandbox setting: after Approve, close the popup without posting the result. */
  closeWithoutMessage: boolean;
}

export function renderCheckoutPage(v: CheckoutPageView): string {
  return layout(
    `${v.apmName} · Paydrop sandbox`,
    `<main class="card" aria-labelledby="title">
  <header class="brand">
    <img src="/logos/${e(v.gateway)}.svg" alt="" width="48" height="48">
    <div>
      <p class="apm">${e(v.apmName)}</p>
      <p class="merchant">for <strong>${e(v.projectName)}</strong></p>
    </div>
  </header>
  <h1 id="title">${e(v.headline)}</h1>
  <p class="detail">${e(v.detail)}</p>
  <form method="post" action="${e(v.actionPath)}" data-outcome-form${
    v.abandonPath ? ` data-abandon-url="${e(v.abandonPath)}"` : ''
  }${v.closeWithoutMessage ? ' data-close-without-message' : ''}>
    <input type="hidden" name="state" value="${e(v.state)}">
    <label class="account">Your ${e(v.apmName)} account
      <input name="account" value="${e(v.account)}" autocomplete="off" spellcheck="false">
    </label>
    <div class="actions">
      <button type="submit" name="outcome" value="approve" class="primary">Approve</button>
      <button type="submit" name="outcome" value="approve-async">Approve (async)</button>
      <button type="submit" name="outcome" value="decline" class="danger">Decline</button>
      <button type="submit" name="outcome" value="cancel" class="quiet">Cancel</button>
    </div>
  </form>
  <section class="done" data-done hidden aria-labelledby="done-title">
    <h2 id="done-title" tabindex="-1">All done</h2>
    <p>You can close this window.</p>
  </section>
  <p class="status" role="status" aria-live="polite" data-status></p>
  <p class="note">Paydrop sandbox: a stand-in for the payment provider. No real money moves.</p>
</main>`,
  );
}

export function renderResultPage(args: { title: string; message: string; link?: string | null }): string {
  const link = args.link
    ? `<p><a class="button primary" href="${e(args.link)}">Return to the merchant</a></p>`
    : '';
  return layout(
    `${args.title} · Paydrop sandbox`,
    `<main class="card" aria-labelledby="title">
  <h1 id="title">${e(args.title)}</h1>
  <p class="detail">${e(args.message)}</p>
  ${link}
  <p class="note">Paydrop sandbox: a stand-in for the payment provider.</p>
</main>`,
  );
}
