import { type ApmDefinition, findApm, supportsCurrency } from '../domain/apm-catalog.js';
import { isPayable } from '../domain/invoice-status.js';
import { formatMoney } from '../domain/money.js';
import type { Customer, GatewayConfiguration, Invoice, Project, Token } from '../domain/types.js';
import { notFound } from '../http/api-error.js';
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
  | (Common & { kind: 'invoice'; invoice: Invoice });

export interface HostedParams {
  projectId: string;
  configId: string;
  customerId?: string;
  tokenId?: string;
  invoiceId?: string;
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
  return params.invoiceId
    ? invoiceTarget(deps, project, config, apm, params.invoiceId)
    : tokenTarget(deps, project, config, apm, params);
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
  const headline = `Pay ${formatMoney(invoice.amountMinor, invoice.currency)}`;
  const returnUrl = invoice.returnUrl;
  return { kind: 'invoice', project, config, apm, headline, returnUrl, cancelUrl: null, invoice };
}
