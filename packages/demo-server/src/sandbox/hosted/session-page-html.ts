import { cspSourceOf } from '../domain/registered-url.js';
import { escapeHtml as e } from './escape.js';
import { HOSTED_CSP, layout } from './page-html.js';

export interface SessionMethodView {
  configId: string;
  gateway: string;
  name: string;
}

/** What the drop-in on the page needs: the public project ID and the target (token or invoice). */
export interface SessionWidgetView {
  projectId: string;
  customerId: string;
  tokenId: string | null;
  invoiceId: string | null;
  locale: string | null;
}

export interface SessionPageView {
  widget: SessionWidgetView;
  projectName: string;
  headline: string;
  detail: string;
  methods: SessionMethodView[];
  actionPath: string;
}

/**
 * The checkout-session page posts a plain form and is answered with a 303 to
 * the merchant. Browsers apply `form-action` to that redirect too, so the
 * page's CSP must also name the two registered URLs' origins (or app scheme),
 * taken from the parsed URL; one that fails the check is left out, so its
 * redirect is blocked rather than its text joined into the policy.
 */
export function sessionPageCsp(registeredUrls: string[]): string {
  const sources = new Set(["'self'"]);
  for (const raw of registeredUrls) {
    const source = cspSourceOf(raw);
    if (source) sources.add(source);
  }
  return HOSTED_CSP.replace("form-action 'self'", `form-action ${[...sources].join(' ')}`);
}

function methodList(methods: SessionMethodView[]): string {
  if (methods.length === 0) {
    return '<p class="detail" role="alert">No payment method fits this checkout. Cancel to return to the shop.</p>';
  }
  const items = methods.map(
    (m, index) => `      <label class="method">
        <input type="radio" name="gateway_configuration_id" value="${e(m.configId)}"${index === 0 ? ' checked' : ''} required>
        <img src="/logos/${e(m.gateway)}.svg" alt="" width="32" height="32">
        <span>${e(m.name)}</span>
      </label>`,
  );
  return `<fieldset class="methods">
      <legend>Payment method</legend>
${items.join('\n')}
    </fieldset>`;
}

export function renderSessionPage(v: SessionPageView): string {
  const confirm =
    v.methods.length > 0
      ? '<button type="submit" name="action" value="confirm" class="primary">Confirm</button>'
      : '';
  return layout(
    `Checkout · ${v.projectName} · Paydrop sandbox`,
    `<main class="card" aria-labelledby="title">
  <header class="brand">
    <div>
      <p class="apm">Paydrop Checkout</p>
      <p class="merchant">for <strong>${e(v.projectName)}</strong></p>
    </div>
  </header>
  <h1 id="title">${e(v.headline)}</h1>
  <p class="detail">${e(v.detail)}</p>
  <div id="paydrop-session" hidden${widgetData(v.widget)}></div>
  <form method="post" action="${e(v.actionPath)}" data-session-form>
    ${methodList(v.methods)}
    <p class="detail" data-session-status role="status"></p>
    <div class="actions">
      ${confirm}
      <button type="submit" name="action" value="cancel" class="quiet" formnovalidate>Cancel</button>
    </div>
  </form>
  <p class="note">Paydrop sandbox: a stand-in for the payment provider. No real money moves.</p>
</main>
<script src="/assets/paydrop.js" defer></script>
<script src="/assets/session.js" defer></script>`,
  );
}

function widgetData(w: SessionWidgetView): string {
  const attributes: Array<[string, string | null]> = [
    ['project-id', w.projectId],
    ['customer-id', w.customerId],
    ['token-id', w.tokenId],
    ['invoice-id', w.invoiceId],
    ['locale', w.locale],
  ];
  return attributes.map(([name, value]) => (value ? ` data-${name}="${e(value)}"` : '')).join('');
}
