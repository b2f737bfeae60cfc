import { providerIds, type Target } from '../flow/target.js';
import type { GatewayConfiguration, GatewayFilter } from '../types.js';
import { FILTERS } from './option-checks.js';
import { getJson } from './request.js';

/** Enabled, with an id and a name to show: the UI must never offer a method the provider would refuse. */
function isConfiguration(value: unknown): value is GatewayConfiguration {
  const config = value as Partial<GatewayConfiguration> | null;
  return (
    config?.enabled === true &&
    typeof config.id === 'string' &&
    typeof config.gateway?.display_name === 'string'
  );
}

/** Tokens list the APMs that can tokenize; invoices, every APM. */
export const defaultFilter = (target: Target): GatewayFilter =>
  FILTERS[target.kind === 'token' ? 1 : 0] as GatewayFilter;

/** The public project ID goes in the query (`project_id`), never a header: see getJson. */
export function configurationsUrl(
  apiUrl: string,
  projectId: string,
  target: Target,
  filter: GatewayFilter,
): string {
  const query = new URLSearchParams({ filter, ...providerIds(target), project_id: projectId });
  return `${apiUrl}/gateway-configurations?${query}`;
}

export async function loadConfigurations(url: string): Promise<GatewayConfiguration[]> {
  const list = (await getJson(url)).gateway_configurations;
  return Array.isArray(list) ? list.filter(isConfiguration) : [];
}
