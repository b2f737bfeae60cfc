/** Calls to the demo merchant server (same origin, session cookie). */

export interface ClientConfig {
  projectId: string;
  apiUrl: string;
}
export interface Checkout extends ClientConfig {
  customerId: string;
  tokenId: string;
}
export interface SavedToken {
  id: string;
  gateway_configuration_id?: string | null;
  verification_status: string;
  is_chargeable: boolean;
}
export interface Invoice {
  id: string;
  amount: string;
  currency: string;
  status: string;
  transaction?: { gateway_configuration_id?: string | null } | null;
}
export interface PayAnswer {
  invoice: Invoice;
  /** Pay and save: the token the payment saved. */
  token: SavedToken | null;
}
export interface InvoiceCheckout extends ClientConfig {
  invoice: Invoice;
  /** A signed-in shopper's blank token: the drop-in then offers "Save … for future payments". */
  saveTokenId: string | null;
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!json.success) throw new Error(json.message ?? 'Request failed');
  return json as T;
}

export const merchant = {
  get: <T>(path: string) => call<T>('GET', path),
  post: <T>(path: string, body?: unknown) => call<T>('POST', path, body),
};
