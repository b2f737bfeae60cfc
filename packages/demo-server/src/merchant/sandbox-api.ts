/**
 * The merchant's HTTP client for the sandbox: the only way the merchant side
 * reaches the provider, with the secret key, exactly as a real backend would.
 */
export interface SandboxCredentials {
  /** Server-to-server base URL of the sandbox API. */
  apiUrl: string;
  projectId: string;
  secret: string;
}

export class SandboxApiError extends Error {
  override readonly name = 'SandboxApiError';
  constructor(
    readonly status: number,
    readonly errorType: string,
    message: string,
  ) {
    super(message);
  }
}

export type SandboxApi = ReturnType<typeof createSandboxApi>;

export function createSandboxApi({ apiUrl, projectId, secret }: SandboxCredentials) {
  const authorization = `Basic ${Buffer.from(`${projectId}:${secret}`).toString('base64')}`;

  async function call<T>(method: string, path: string, body?: Record<string, unknown>): Promise<T> {
    const response = await fetch(new URL(path, apiUrl), {
      method,
      headers: { authorization, 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok || json.success !== true) {
      throw new SandboxApiError(
        response.status,
        typeof json.error_type === 'string' ? json.error_type : 'sandbox.unreachable',
        typeof json.message === 'string' ? json.message : `Sandbox answered ${response.status}`,
      );
    }
    return json as T;
  }

  const enc = encodeURIComponent;
  return {
    createCustomer: (fields: Record<string, unknown>) =>
      call<{ customer: SandboxCustomer }>('POST', '/customers', fields).then((r) => r.customer),
    createBlankToken: (customerId: string, fields: Record<string, unknown>) =>
      call<{ token: SandboxToken }>('POST', `/customers/${enc(customerId)}/tokens`, fields).then(
        (r) => r.token,
      ),
    saveToken: (customerId: string, tokenId: string, source: string) =>
      call<{ token: SandboxToken }>('PUT', `/customers/${enc(customerId)}/tokens/${enc(tokenId)}`, {
        source,
        verify: true,
      }).then((r) => r.token),
    getToken: (customerId: string, tokenId: string) =>
      call<{ token: SandboxToken }>('GET', `/customers/${enc(customerId)}/tokens/${enc(tokenId)}`).then(
        (r) => r.token,
      ),
    createInvoice: (fields: Record<string, unknown>) =>
      call<{ invoice: SandboxInvoice }>('POST', '/invoices', fields).then((r) => r.invoice),
    getInvoice: (invoiceId: string) =>
      call<{ invoice: SandboxInvoice }>('GET', `/invoices/${enc(invoiceId)}`).then((r) => r.invoice),
    authorizeInvoice: (invoiceId: string, source: string) =>
      call<{ transaction?: Record<string, unknown>; invoice?: SandboxInvoice }>(
        'POST',
        `/invoices/${enc(invoiceId)}/authorize`,
        { source },
      ),
    getEvent: (eventId: string) =>
      call<{ event: Record<string, unknown> }>('GET', `/events/${enc(eventId)}`).then((r) => r.event),
  };
}

export interface SandboxCustomer {
  id: string;
  [field: string]: unknown;
}
export interface SandboxToken {
  id: string;
  customer_id: string;
  type: string;
  is_chargeable: boolean;
  verification_status: string;
  gateway_configuration_id?: string | null;
  [field: string]: unknown;
}
export interface SandboxInvoice {
  id: string;
  amount: string;
  currency: string;
  status: string;
  [field: string]: unknown;
}
