import { type ApmDefinition, findApm, supportsCurrency } from '../domain/apm-catalog.js';
import { checkoutSessionPath } from '../domain/checkout-session-json.js';
import { isPayable } from '../domain/invoice-status.js';
import { formatMoney } from '../domain/money.js';
import type { Customer, GatewayConfiguration, Invoice, Project, Token } from '../domain/types.js';
import { ApiError, notFound } from '../http/api-error.js';
import { HostedPageError } from '../http/hosted-page-error.js';
import type { Deps } from './deps.js';

interface Common {
  project: Project;
  config: GatewayConfiguration;
  apm: ApmDefinition;
  /** What the shopper is asked to authorise, e.g. "Save PayPal for future payments". */
  headline: string;
  returnUrl: string | null;
  /** The token's own `cancel_url`: where a redirected Cancel lands instead of `returnUrl`. */
  cancelUrl: string | null;
}

export type HostedTarget =
  | (Common & { kind: 'token'; customer: Customer; token: Token })
  | (Common & {
      kind: 'invoice';
      invoice: Invoice;
      /** Pay and save: the invoice customer's blank token this payment also saves (`?token_id=`). */
      saveToken: Token | null;
    });

export interface HostedParams {
  projectId: string;
  configId: string;
  customerId?: string;
  tokenId?: string;
  invoiceId?: string;
  /** On an invoice page, `?token_id=`: save this blank token of the invoice's customer with the payment. */
  saveTokenId?: string;
  /** This sandbox's own base URL, as the request reached it (for a checkout-session page's address). */
  baseUrl?: string;
}

/**
 * Resolves the URL of a hosted page. Everything must line up (project,
 * customer, token or invoice, and a config of that project that supports the
 * flow), else 404 with no hint which part was wrong.
 */
export function resolveHostedTarget(deps: Deps, params: HostedParams): HostedTarget {
  const project = deps.store.projects.find(params.projectId);
  const config =
    project && deps.store.projects.gatewayConfigurations(project.id).find((c) => c.id === params.configId);
  const apm = config?.enabled ? findApm(config.gateway) : undefined;
  if (!project || !config || !apm) throw notFound('Checkout page');
  const target = params.invoiceId
    ? invoiceTarget(deps, project, config, apm, params.invoiceId, params.saveTokenId)
    : tokenTarget(deps, project, config, apm, params);
  return { ...target, returnUrl: sessionPageUrl(deps, target, params.baseUrl) ?? target.returnUrl };
}

/**
 * A token or invoice whose checkout session is open is being saved or paid on
 * that session's page (built on the widget): the APM page then answers that
 * page, which opened it, instead of the merchant's return URL.
 */
function sessionPageUrl(deps: Deps, target: HostedTarget, baseUrl: string | undefined): string | undefined {
  const id = target.kind === 'token' ? target.token.id : target.invoice.id;
  const session = baseUrl
    ? deps.store.checkoutSessions.openFor(target.project.id, id, deps.now())
    : undefined;
  return session && `${baseUrl}${checkoutSessionPath(session.id)}`;
}

function tokenTarget(
  deps: Deps,
  project: Project,
  config: GatewayConfiguration,
  apm: ApmDefinition,
  params: HostedParams,
): HostedTarget {
  const customer = deps.store.customers.find(project.id, params.customerId ?? '');
  const token = customer && deps.store.tokens.find(project.id, customer.id, params.tokenId ?? '');
  if (!customer || !token || !apm.flows.includes('tokenization')) throw notFound('Checkout page');
  const returnUrl = token.returnUrl ?? customer.returnUrl;
  if (token.type !== 'pending') {
    throw new HostedPageError(
      409,
      'token.already-saved',
      'Already saved',
      `This payment method is already saved with ${project.name}: there is nothing more to do here.`,
      returnUrl,
    );
  }
  const headline = `Save ${apm.displayName} for future payments`;
  const cancelUrl = token.cancelUrl;
  return { kind: 'token', project, config, apm, headline, returnUrl, cancelUrl, customer, token };
}

function invoiceTarget(
  deps: Deps,
  project: Project,
  config: GatewayConfiguration,
  apm: ApmDefinition,
  invoiceId: string,
  saveTokenId: string | undefined,
): HostedTarget {
  const invoice = deps.store.invoices.find(project.id, invoiceId);
  if (!invoice || !apm.flows.includes('one-off') || !supportsCurrency(apm, invoice.currency)) {
    throw notFound('Checkout page');
  }
  if (!isPayable(invoice)) {
    throw new HostedPageError(
      409,
      'invoice.already-paid',
      'Already paid',
      `This order from ${project.name} is paid (or its payment is being confirmed): there is nothing more to do here.`,
      invoice.returnUrl,
    );
  }
  const saveToken = saveTokenId ? tokenToSave(deps, invoice, apm, saveTokenId) : null;
  const headline = `Pay ${formatMoney(invoice.amountMinor, invoice.currency)}`;
  const returnUrl = invoice.returnUrl;
  return { kind: 'invoice', project, config, apm, headline, returnUrl, cancelUrl: null, invoice, saveToken };
}

/** Only a blank token of the invoice's own customer, with an APM that can save: else the page is a 404. */
function tokenToSave(deps: Deps, invoice: Invoice, apm: ApmDefinition, tokenId: string): Token {
  const token = invoice.customerId
    ? deps.store.tokens.find(invoice.projectId, invoice.customerId, tokenId)
    : undefined;
  if (!token || !apm.flows.includes('tokenization')) throw notFound('Checkout page');
  if (token.type !== 'pending') {
    throw new ApiError(409, 'token.already-saved', 'This token already holds payment details');
  }
  return token;
}
