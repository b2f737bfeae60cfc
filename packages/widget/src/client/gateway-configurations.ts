import { providerIds, type Target } from '../flow/target.js';
import type { GatewayConfiguration, GatewayConfigurationList, GatewayFilter } from '../types.js';
import { FILTERS } from './option-checks.js';
import { getJson } from './request.js';

/** Enabled, with an id and a name to show: the UI must never offer a method the provider would refuse. */
const isConfiguration = (config: Partial<GatewayConfiguration> | null): config is GatewayConfiguration =>
  config?.enabled === true &&
  typeof config.id === 'string' &&
  typeof config.gateway?.display_name === 'string';

/** Tokens list the APMs that can tokenize; invoices, every APM. */
export const defaultFilter = (target: Target): GatewayFilter =>
  FILTERS[target.kind === 'token' ? 1 : 0] as GatewayFilter;

/** The public project ID goes in the query (`project_id`), never a header: see getJson. */
export const configurationsUrl = (apiUrl: string, projectId: string, target: Target, filter: GatewayFilter) =>
  `${apiUrl}/gateway-configurations?${new URLSearchParams({ filter, ...providerIds(target), project_id: projectId })}`;

/** The list, with the invoice's amount (`invoice`) as the provider sent it: the drop-in checks it before showing it. */
export async function loadConfigurations(url: string): Promise<GatewayConfigurationList> {
  const { gateway_configurations: list, invoice } = await getJson(url);
  return Object.assign(Array.isArray(list) ? list.filter(isConfiguration) : [], {
    invoice,
  }) as GatewayConfigurationList;
}
