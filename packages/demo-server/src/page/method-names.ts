import { type ClientConfig, merchant } from './merchant-api.js';

let names: Promise<Map<string, string>> | undefined;

/** Display name of a gateway configuration, for the result panels; the widget has the same list cached. */
export async function methodName(configId: string | null | undefined): Promise<string> {
  names ??= load().catch(() => new Map());
  return (await names).get(configId ?? '') ?? configId ?? '';
}

async function load(): Promise<Map<string, string>> {
  const config = await merchant.get<ClientConfig>('/api/config');
  const response = await fetch(`${config.apiUrl}/gateway-configurations?filter=alternative-payment-methods`, {
    headers: { authorization: `Basic ${btoa(`${config.projectId}:`)}` },
  });
  const json = (await response.json()) as {
    gateway_configurations?: { id: string; gateway: { display_name: string } }[];
  };
  return new Map((json.gateway_configurations ?? []).map((c) => [c.id, c.gateway.display_name]));
}
