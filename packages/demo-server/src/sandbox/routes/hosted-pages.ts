import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { flowRelayPath } from '../domain/flow-json.js';
import { formatMoney } from '../domain/money.js';
import { buildDelivery, type Delivery, type DeliveryTarget, type Outcome } from '../hosted/delivery.js';
import { renderCheckoutPage, renderResultPage } from '../hosted/page-html.js';
import { readBody } from '../http/body.js';
import type { SandboxEnv } from '../http/env.js';
import { hostedHtml } from '../http/hosted-html.js';
import { type HostedPageSettings, hostedPageSettings } from '../http/hosted-page-settings.js';
import { parseWith } from '../http/validate.js';
import { declineInvoice, declineToken } from '../services/declines.js';
import type { Deps } from '../services/deps.js';
import { openFlow, recordDecision } from '../services/flow-relay.js';
import { mintGatewayRequest } from '../services/gateway-requests.js';
import { decidedAccount, suggestedAccount } from '../services/hosted-account.js';
import { type HostedParams, type HostedTarget, resolveHostedTarget } from '../services/hosted-target.js';

const TOKEN_PAGE = '/checkout/:projectId/:customerId/:tokenId/redirect/:configId';
const INVOICE_PAGE = '/checkout/:projectId/:invoiceId/redirect/:configId';

/** The state nonce is echoed into HTML, a URL and a postMessage, so it is held to a tight alphabet. */
const stateField = z.string().regex(/^[A-Za-z0-9_-]{0,128}$/, 'must be at most 128 of A-Z a-z 0-9 _ -');
const outcomeBody = z.object({
  outcome: z.enum(['approve', 'approve-async', 'decline', 'cancel']),
  state: stateField.nullish().transform((s) => s ?? ''),
  /** The shopper's account at the APM; the page suggests one (see `hosted-account.ts`). */
  account: z
    .string()
    .max(254)
    .nullish()
    .transform((a) => a ?? undefined),
});

const outcomeTitles: Record<Outcome, string> = {
  approve: 'Approved',
  'approve-async': 'Approved: confirmation pending',
  decline: 'Declined',
  cancel: 'Canceled',
};

export function hostedPageRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  for (const path of [TOKEN_PAGE, INVOICE_PAGE]) {
    routes.get(path, (c) => {
      const settings = hostedPageSettings(c, deps.hostedPage);
      return hostedHtml(c, () => showPage(deps, c, settings), settings);
    });
    routes.post(`${path}/outcome`, async (c) => {
      const wantsJson = (c.req.header('content-type') ?? '').includes('application/json');
      if (wantsJson) return c.json(await decide(deps, c));
      return hostedHtml(
        c,
        async () => {
          const result = await decide(deps, c);
          const message = result.delivery.redirect_url
            ? 'Continue to the merchant.'
            : 'You can close this window.';
          return [
            200,
            renderResultPage({ title: result.title, message, link: result.delivery.redirect_url }),
          ];
        },
        hostedPageSettings(c, deps.hostedPage),
      );
    });
  }
  return routes;
}

function params(deps: Deps, c: Context<SandboxEnv>): HostedParams {
  const p = c.req.param() as Record<string, string | undefined>;
  const common = {
    projectId: p.projectId ?? '',
    configId: p.configId ?? '',
    baseUrl: deps.baseUrl(c.req.url),
  };
  // Pay and save as the widget opens it: /checkout/:projectId/iv_…/tok_…/redirect/:configId (the token's
  // place in the path; an invoice ID is never a customer's, so the two pages cannot be confused).
  if (p.customerId?.startsWith('iv_')) return { ...common, invoiceId: p.customerId, saveTokenId: p.tokenId };
  return {
    ...common,
    customerId: p.customerId,
    tokenId: p.tokenId,
    invoiceId: p.invoiceId,
    saveTokenId: p.invoiceId ? c.req.query('token_id') : undefined,
  };
}

function showPage(deps: Deps, c: Context<SandboxEnv>, settings: HostedPageSettings): [200, string] {
  const state = parseWith(stateField, c.req.query('state') ?? '');
  const target = resolveHostedTarget(deps, params(deps, c));
  // From its first showing the flow relay answers for this state (a page without one is not relayed).
  if (state) openFlow(deps, target, state);
  const detail =
    target.kind === 'token'
      ? `${target.project.name} asks to charge your ${target.apm.displayName} account for future purchases.`
      : `${target.invoice.name}: ${formatMoney(target.invoice.amountMinor, target.invoice.currency)} to ${target.project.name}.${
          target.saveToken
            ? ` Your ${target.apm.displayName} account is also saved, so ${target.project.name} can charge it for future purchases.`
            : ''
        }`;
  const page = renderCheckoutPage({
    projectName: target.project.name,
    apmName: target.apm.displayName,
    gateway: target.apm.gateway,
    headline: target.headline,
    detail,
    state,
    account: suggestedAccount(deps, target),
    actionPath: `${new URL(c.req.url).pathname}/outcome${
      target.kind === 'invoice' && target.saveToken
        ? `?token_id=${encodeURIComponent(target.saveToken.id)}`
        : ''
    }`,
    // The pagehide beacon that tells the relay the page was closed or left without a decision.
    abandonPath: state
      ? `${flowRelayPath(state)}/cancel?project_id=${encodeURIComponent(target.project.id)}`
      : null,
    closeWithoutMessage: settings.closeWithoutMessage,
  });
  return [200, page];
}

async function decide(
  deps: Deps,
  c: Context<SandboxEnv>,
): Promise<{ success: true; title: string; delivery: Delivery }> {
  // A page opened without a state posts an empty one, and hands it back as it came.
  const input = parseWith(outcomeBody, await readBody(c), { emptyAllowed: ['state'] });
  const target = resolveHostedTarget(deps, params(deps, c));
  const deliveryTarget: DeliveryTarget =
    target.kind === 'token'
      ? { kind: 'token', customerId: target.customer.id, tokenId: target.token.id }
      : { kind: 'invoice', invoiceId: target.invoice.id };
  const approved = input.outcome === 'approve' || input.outcome === 'approve-async';
  // Checked before anything is minted or recorded: a malformed account is the shopper's to correct.
  const account = approved ? decidedAccount(deps, target, input.account) : '';
  // One decision per state: the relay records it in the transaction that mints, or refuses both.
  const gatewayRequestId = deps.store.transaction(() => {
    const flow = input.state ? openFlow(deps, target, input.state) : undefined;
    const minted = approved
      ? mint(deps, target, input.outcome as 'approve' | 'approve-async', account)
      : null;
    if (input.outcome === 'decline') decline(deps, target);
    if (flow) recordDecision(deps, flow, input.outcome, minted);
    return minted;
  });
  const delivery = buildDelivery({
    outcome: input.outcome,
    gatewayRequestId,
    state: input.state,
    returnUrl: target.returnUrl,
    cancelUrl: target.cancelUrl,
    target: deliveryTarget,
  });
  return { success: true, title: outcomeTitles[input.outcome], delivery };
}

/** The token's verification, or the invoice's attempt, fails; the widget still gets `gateway.declined`. */
function decline(deps: Deps, target: HostedTarget): void {
  if (target.kind === 'token') declineToken(deps, target.project, target.customer.id, target.token.id);
  else declineInvoice(deps, target.project, target.invoice.id, target.config.id);
}

function mint(
  deps: Deps,
  target: HostedTarget,
  outcome: 'approve' | 'approve-async',
  account: string,
): string {
  const common = { projectId: target.project.id, gatewayConfigurationId: target.config.id, outcome, account };
  return target.kind === 'token'
    ? mintGatewayRequest(deps, { ...common, customerId: target.customer.id, tokenId: target.token.id })
    : mintGatewayRequest(deps, {
        ...common,
        invoiceId: target.invoice.id,
        ...(target.saveToken
          ? { customerId: target.saveToken.customerId, tokenId: target.saveToken.id }
          : {}),
      });
}
