import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { fromMinor } from '../domain/money.js';
import { buildDelivery, type Delivery, type DeliveryTarget, type Outcome } from '../hosted/delivery.js';
import { renderCheckoutPage, renderResultPage } from '../hosted/page-html.js';
import { readBody } from '../http/body.js';
import type { SandboxEnv } from '../http/env.js';
import { hostedHtml } from '../http/hosted-html.js';
import { parseWith } from '../http/validate.js';
import { declineInvoice, declineToken } from '../services/declines.js';
import type { Deps } from '../services/deps.js';
import { mintGatewayRequest } from '../services/gateway-requests.js';
import { type HostedParams, type HostedTarget, resolveHostedTarget } from '../services/hosted-target.js';

const TOKEN_PAGE = '/checkout/:projectId/:customerId/:tokenId/redirect/:configId';
const INVOICE_PAGE = '/checkout/:projectId/:invoiceId/redirect/:configId';

/** The state nonce is echoed into HTML, a URL and a postMessage, so it is held to a tight alphabet. */
const stateField = z.string().regex(/^[A-Za-z0-9_-]{0,128}$/, 'must be at most 128 of A-Z a-z 0-9 _ -');
const outcomeBody = z.object({
  outcome: z.enum(['approve', 'approve-async', 'decline', 'cancel']),
  state: stateField.nullish().transform((s) => s ?? ''),
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
    routes.get(path, (c) => hostedHtml(c, () => showPage(deps, c)));
    routes.post(`${path}/outcome`, async (c) => {
      const wantsJson = (c.req.header('content-type') ?? '').includes('application/json');
      if (wantsJson) return c.json(await decide(deps, c));
      return hostedHtml(c, async () => {
        const result = await decide(deps, c);
        const message = result.delivery.redirect_url
          ? 'Continue to the merchant.'
          : 'You can close this window.';
        return [200, renderResultPage({ title: result.title, message, link: result.delivery.redirect_url })];
      });
    });
  }
  return routes;
}

function params(c: Context<SandboxEnv>): HostedParams {
  const p = c.req.param() as Record<string, string | undefined>;
  return {
    projectId: p.projectId ?? '',
    configId: p.configId ?? '',
    customerId: p.customerId,
    tokenId: p.tokenId,
    invoiceId: p.invoiceId,
  };
}

function showPage(deps: Deps, c: Context<SandboxEnv>): [200, string] {
  const state = parseWith(stateField, c.req.query('state') ?? '');
  const target = resolveHostedTarget(deps, params(c));
  const detail =
    target.kind === 'token'
      ? `${target.project.name} asks to charge your ${target.apm.displayName} account for future purchases.`
      : `${target.invoice.name}: ${fromMinor(target.invoice.amountMinor, target.invoice.currency)} ${target.invoice.currency} to ${target.project.name}.`;
  const page = renderCheckoutPage({
    projectName: target.project.name,
    apmName: target.apm.displayName,
    gateway: target.apm.gateway,
    headline: target.headline,
    detail,
    state,
    actionPath: `${new URL(c.req.url).pathname}/outcome`,
  });
  return [200, page];
}

async function decide(
  deps: Deps,
  c: Context<SandboxEnv>,
): Promise<{ success: true; title: string; delivery: Delivery }> {
  // A page opened without a state posts an empty one, and hands it back as it came.
  const input = parseWith(outcomeBody, await readBody(c), { emptyAllowed: ['state'] });
  const target = resolveHostedTarget(deps, params(c));
  const deliveryTarget: DeliveryTarget =
    target.kind === 'token'
      ? { kind: 'token', customerId: target.customer.id, tokenId: target.token.id }
      : { kind: 'invoice', invoiceId: target.invoice.id };
  const approved = input.outcome === 'approve' || input.outcome === 'approve-async';
  const gatewayRequestId = approved ? mint(deps, target, input.outcome as 'approve' | 'approve-async') : null;
  if (input.outcome === 'decline') decline(deps, target);
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

function mint(deps: Deps, target: HostedTarget, outcome: 'approve' | 'approve-async'): string {
  const common = { projectId: target.project.id, gatewayConfigurationId: target.config.id, outcome };
  return target.kind === 'token'
    ? mintGatewayRequest(deps, { ...common, customerId: target.customer.id, tokenId: target.token.id })
    : mintGatewayRequest(deps, { ...common, invoiceId: target.invoice.id });
}
