import type { Target } from '../flow/target.js';
import type { GatewayConfiguration, GatewayFilter } from '../types.js';
import { getJson } from './request.js';

function isConfiguration(value: unknown): value is GatewayConfiguration {
  if (typeof value !== 'object' || value === null) return false;
  const { id, enabled, gateway } = value as Partial<Record<keyof GatewayConfiguration, unknown>>;
  return typeof id === 'string' && enabled === true && typeof gateway === 'object' && gateway !== null;
}

export function defaultFilter(target: Target): GatewayFilter {
  return target.kind === 'token'
    ? 'alternative-payment-methods-with-tokenization'
    : 'alternative-payment-methods';
}

export function configurationsUrl(apiUrl: string, target: Target, filter: GatewayFilter): string {
  const query = new URLSearchParams({ filter });
  if (target.kind === 'token') {
    query.set('customer_id', target.customerId);
    query.set('token_id', target.tokenId);
  } else {
    query.set('invoice_id', target.invoiceId);
  }
  return `${apiUrl}/gateway-configurations?${query}`;
}

/** Only enabled, well-formed configurations: the UI must never offer a method the provider would refuse. */
export async function loadConfigurations(url: string, projectId: string): Promise<GatewayConfiguration[]> {
  const body = await getJson(url, projectId);
  const list = body.gateway_configurations;
  return Array.isArray(list) ? list.filter(isConfiguration) : [];
}
