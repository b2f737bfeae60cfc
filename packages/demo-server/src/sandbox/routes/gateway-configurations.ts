import { Hono } from 'hono';
import { z } from 'zod';
import { type ApmDefinition, findApm, supportsCurrency } from '../domain/apm-catalog.js';
import { fromMinor } from '../domain/money.js';
import { gatewayConfigurationJson } from '../domain/serializers.js';
import type { Flow } from '../domain/types.js';
import { notFound } from '../http/api-error.js';
import { browserCors } from '../http/cors.js';
import type { SandboxEnv } from '../http/env.js';
import { parseWith } from '../http/validate.js';
import type { Deps } from '../services/deps.js';
import { customerOr404, tokenOr404 } from '../services/lookups.js';

const filters: Record<string, (apm: ApmDefinition) => boolean> = {
  'alternative-payment-methods': (apm) => apm.flows.includes('one-off' satisfies Flow),
  'alternative-payment-methods-with-tokenization': (apm) => apm.flows.includes('tokenization' satisfies Flow),
  // The sandbox emulates APMs only; card gateways are out of scope, so this list is empty by design.
  'card-payments': () => false,
};

const query = z.object({
  filter: z.enum(Object.keys(filters) as [string, ...string[]]).optional(),
  customer_id: z.string().max(100).optional(),
  token_id: z.string().max(100).optional(),
  invoice_id: z.string().max(100).optional(),
  project_id: z.string().max(100).optional(),
});

export function gatewayConfigurationRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  routes.on(
    ['OPTIONS', 'GET'],
    ['/gateway-configurations', '/gateway-configurations/:configId'],
    browserCors(['GET']),
  );

  routes.get('/gateway-configurations', deps.auth.publicRead, (c) => {
    const input = parseWith(query, c.req.query());
    const projectId = c.get('auth').project.id;
    const customer = input.customer_id ? customerOr404(deps, projectId, input.customer_id) : undefined;
    if (input.customer_id && input.token_id) tokenOr404(deps, projectId, input.customer_id, input.token_id);
    // The invoice's currency is what will be charged; else the customer's, if they have one.
    const invoice = input.invoice_id ? invoiceOr404(deps, projectId, input.invoice_id) : undefined;
    const currency = invoice?.currency ?? customer?.currency ?? undefined;
    const accept = filters[input.filter ?? 'alternative-payment-methods'] ?? (() => false);
    const baseUrl = deps.baseUrl(c.req.url);
    const list = deps.store.projects.gatewayConfigurations(projectId).flatMap((config) => {
      const apm = findApm(config.gateway);
      if (!apm || !config.enabled || !accept(apm)) return [];
      if (currency && !supportsCurrency(apm, currency)) return [];
      return [gatewayConfigurationJson(config, apm, baseUrl)];
    });
    // What the shopper is about to pay, for the drop-in to show: the amount and currency, nothing else
    // (this read is public, so no name, metadata or customer).
    const summary = invoice && { amount: fromMinor(invoice.amountMinor, invoice.currency), currency };
    return c.json({ success: true, gateway_configurations: list, ...(summary ? { invoice: summary } : {}) });
  });

  // The SDK's gatewayConfiguration.find(): a disabled one reads too (`enabled: false`); it is never listed.
  routes.get('/gateway-configurations/:configId', deps.auth.publicOrSecret, (c) => {
    const projectId = c.get('auth').project.id;
    const config = deps.store.projects
      .gatewayConfigurations(projectId)
      .find((candidate) => candidate.id === c.req.param('configId'));
    const apm = config && findApm(config.gateway);
    if (!config || !apm) throw notFound('Gateway configuration');
    return c.json({
      success: true,
      gateway_configuration: gatewayConfigurationJson(config, apm, deps.baseUrl(c.req.url)),
    });
  });

  return routes;
}

function invoiceOr404(deps: Deps, projectId: string, invoiceId: string) {
  const invoice = deps.store.invoices.find(projectId, invoiceId);
  if (!invoice) throw notFound('Invoice');
  return invoice;
}
