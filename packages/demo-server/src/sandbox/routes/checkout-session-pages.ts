import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { checkoutSessionPath } from '../domain/checkout-session-json.js';
import { formatMoney } from '../domain/money.js';
import { renderSessionPage, sessionPageCsp } from '../hosted/session-page-html.js';
import { ApiError } from '../http/api-error.js';
import { readBody } from '../http/body.js';
import type { SandboxEnv } from '../http/env.js';
import { text } from '../http/fields.js';
import { hostedHtml } from '../http/hosted-html.js';
import { parseWith } from '../http/validate.js';
import {
  cancelCheckoutSession,
  completeCheckoutSession,
  type OpenSession,
  openSession,
} from '../services/checkout-session-closing.js';
import type { Deps } from '../services/deps.js';

const PAGE = '/checkout-sessions/:sessionId/pay';

const nullishGatewayRequest = z
  .string()
  .regex(/^gway_req_[A-Za-z0-9_-]{1,100}$/, 'must be a gway_req_…')
  .or(z.literal(''))
  .nullish()
  .transform((value) => value || undefined);

const choice = z.object({
  action: z.enum(['confirm', 'cancel']),
  gateway_configuration_id: text(100),
  /** The gateway request the drop-in's flow gave (the page on the widget); without one, the form's APM. */
  source: nullishGatewayRequest,
});

/** The shopper's side of a checkout session: pick an APM, then Confirm or Cancel. */
export function checkoutSessionPageRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();

  routes.get(PAGE, (c) =>
    hostedHtml(c, () => {
      const open = openSession(deps, c.req.param('sessionId'));
      const csp = sessionPageCsp([open.session.successUrl, open.session.cancelUrl]);
      return [200, renderSessionPage(pageView(open)), csp];
    }),
  );

  routes.post(PAGE, (c) =>
    hostedHtml(c, async () => {
      refuseCrossSite(c);
      const input = parseWith(choice, await readBody(c));
      const id = c.req.param('sessionId');
      const baseUrl = deps.baseUrl(c.req.url);
      const target =
        input.action === 'confirm'
          ? completeCheckoutSession(deps, id, input.gateway_configuration_id ?? '', baseUrl, input.source)
          : cancelCheckoutSession(deps, id, baseUrl);
      return c.redirect(target, 303);
    }),
  );

  return routes;
}

function pageView(open: OpenSession) {
  const { session, project, invoice, methods } = open;
  return {
    widget: {
      projectId: project.id,
      customerId: session.customerId,
      tokenId: session.tokenId,
      invoiceId: session.invoiceId,
      locale: session.locale,
    },
    projectName: project.name,
    headline: invoice
      ? `Pay ${formatMoney(invoice.amountMinor, invoice.currency)}`
      : 'Save a payment method for future purchases',
    detail: invoice
      ? `${invoice.name}, to ${project.name}.`
      : `${project.name} will be able to charge the method you choose for future purchases. Nothing is charged now.`,
    methods: methods.map(({ config, apm }) => ({
      configId: config.id,
      gateway: apm.gateway,
      name: apm.displayName,
    })),
    actionPath: checkoutSessionPath(session.id),
  };
}

/**
 * The session ID is the shopper's capability, but another site should not be
 * able to submit this form blind. `Origin` is no help here: under the page's
 * no-referrer policy browsers send `Origin: null`, so Fetch Metadata decides.
 */
function refuseCrossSite(c: Context<SandboxEnv>): void {
  if (c.req.header('sec-fetch-site') === 'cross-site') {
    throw new ApiError(403, 'request.cross-site', 'This form can only be sent from its own page.');
  }
}
