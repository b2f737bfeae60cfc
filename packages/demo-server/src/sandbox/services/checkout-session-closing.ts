import { type ApmDefinition, findApm, supportsCurrency } from '../domain/apm-catalog.js';
import { checkoutSessionJson, sessionStatus } from '../domain/checkout-session-json.js';
import { isPayable } from '../domain/invoice-status.js';
import { withParams } from '../domain/registered-url.js';
import type { CheckoutSession, GatewayConfiguration, Invoice, Project } from '../domain/types.js';
import { ApiError, notFound, validationError } from '../http/api-error.js';
import type { Deps } from './deps.js';
import { mintGatewayRequest } from './gateway-requests.js';
import { authorizeWithin } from './invoice-authorization.js';
import { saveToken } from './token-saving.js';

export interface OpenSession {
  session: CheckoutSession;
  project: Project;
  invoice: Invoice | undefined;
  methods: Array<{ config: GatewayConfiguration; apm: ApmDefinition }>;
}

/**
 * The session behind a hosted page, only while it can still be acted on:
 * a closed one is a 409 and an expired one a 410, so a page reloaded or
 * replayed can never complete it twice.
 */
export function openSession(deps: Deps, id: string): OpenSession {
  const session = deps.store.checkoutSessions.findById(id);
  const project = session && deps.store.projects.find(session.projectId);
  if (!session || !project) throw notFound('Checkout session');
  const status = sessionStatus(session, deps.now());
  if (status === 'expired') {
    throw new ApiError(
      410,
      'checkout-session.expired',
      'This checkout has expired. Return to the shop to start again.',
    );
  }
  if (status !== 'open') {
    const what = status === 'complete' ? 'completed' : 'canceled';
    throw new ApiError(409, 'checkout-session.closed', `This checkout was already ${what}.`);
  }
  const invoice = session.invoiceId ? deps.store.invoices.find(project.id, session.invoiceId) : undefined;
  if (session.mode === 'payment' && !(invoice && isPayable(invoice))) {
    throw new ApiError(409, 'invoice.already-authorized', 'This invoice was already paid or authorized.');
  }
  return { session, project, invoice, methods: paymentMethods(deps, project.id, invoice) };
}

/** Enabled APMs that fit the session: tokenization-capable for a token, taking the currency for a payment. */
function paymentMethods(deps: Deps, projectId: string, invoice: Invoice | undefined): OpenSession['methods'] {
  return deps.store.projects.gatewayConfigurations(projectId).flatMap((config) => {
    const apm = config.enabled ? findApm(config.gateway) : undefined;
    if (!apm) return [];
    const fits = invoice
      ? apm.flows.includes('one-off') && supportsCurrency(apm, invoice.currency)
      : apm.flows.includes('tokenization');
    return fits ? [{ config, apm }] : [];
  });
}

/**
 * Only the URLs registered on the session are ever redirect targets; the query is never read. A stored URL
 * that fails today's check (a row from before it) is refused rather than put in a `Location` header.
 */
export function sessionRedirect(url: string, sessionId: string): string {
  const target = withParams(url, { checkout_session_id: sessionId });
  if (target === undefined) {
    throw new ApiError(
      409,
      'checkout-session.invalid-url',
      'This checkout’s return address is not a valid URL.',
    );
  }
  return target;
}

/**
 * "Confirm": closes the session first (compare-and-set), then activates the
 * token or authorizes the invoice through the same services the API uses, via
 * a gateway request minted for the chosen APM. Any failure rolls it all back.
 */
export function completeCheckoutSession(
  deps: Deps,
  id: string,
  configId: string,
  baseUrl: string,
  /** The `gway_req_…` of the flow the shopper went through on the page (the drop-in); else one is minted. */
  given?: string,
): string {
  return deps.store.transaction(() => {
    const { session, project, invoice, methods } = openSession(deps, id);
    // With a gateway request, its APM is the one chosen: the form's field cannot say otherwise.
    const chosen = given
      ? deps.store.gatewayRequests.find(project.id, given)?.gatewayConfigurationId
      : configId;
    const method = methods.find((m) => m.config.id === chosen);
    if (!method) {
      throw given
        ? validationError('This gateway request is not for this checkout', ['source'])
        : validationError('Choose one of the listed payment methods', ['gateway_configuration_id']);
    }
    const closed = close(deps, session, 'complete', method.config.id);
    const common = {
      projectId: project.id,
      gatewayConfigurationId: method.config.id,
      outcome: 'approve' as const,
      account: null,
    };
    if (invoice) {
      const source = given ?? mintGatewayRequest(deps, { ...common, invoiceId: invoice.id });
      authorizeWithin(deps, project, invoice, source, undefined);
    } else {
      const token = deps.store.tokens.find(project.id, session.customerId, session.tokenId ?? '');
      if (!token) throw new ApiError(409, 'token.unavailable', 'The token for this checkout was deleted.');
      const source =
        given ?? mintGatewayRequest(deps, { ...common, customerId: token.customerId, tokenId: token.id });
      saveToken(deps, project, { customerId: token.customerId, tokenId: token.id }, source, true);
    }
    announce(deps, project, closed, 'checkout_session.completed', invoice, baseUrl);
    return sessionRedirect(session.successUrl, session.id);
  });
}

/** "Cancel": nothing is created or activated; a token session's blank token stays unchargeable. */
export function cancelCheckoutSession(deps: Deps, id: string, baseUrl: string): string {
  return deps.store.transaction(() => {
    const { session, project, invoice } = openSession(deps, id);
    const closed = close(deps, session, 'canceled', null);
    announce(deps, project, closed, 'checkout_session.canceled', invoice, baseUrl);
    return sessionRedirect(session.cancelUrl, session.id);
  });
}

function close(
  deps: Deps,
  session: CheckoutSession,
  status: 'complete' | 'canceled',
  gatewayConfigurationId: string | null,
): CheckoutSession {
  const now = deps.now();
  const closedAt = new Date(now).toISOString();
  if (!deps.store.checkoutSessions.close({ id: session.id, status, gatewayConfigurationId, closedAt, now })) {
    throw new ApiError(409, 'checkout-session.closed', 'This checkout was already completed or canceled.');
  }
  return { ...session, status, gatewayConfigurationId, closedAt };
}

/** A payment session's event goes where the invoice's own events go; otherwise to the project's endpoint. */
function announce(
  deps: Deps,
  project: Project,
  session: CheckoutSession,
  type: 'checkout_session.completed' | 'checkout_session.canceled',
  invoice: Invoice | undefined,
  baseUrl: string,
): void {
  const data = { checkout_session: checkoutSessionJson(session, baseUrl, deps.now()) };
  deps.recordEvent(project, type, data, invoice?.webhookUrl);
}
