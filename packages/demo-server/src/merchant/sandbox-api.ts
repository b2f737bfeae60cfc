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
    /** The sandbox's `invalid_fields`, by the sandbox's names for them. */
    readonly invalidFields?: string[],
  ) {
    super(message);
  }

  /**
   * The refusal as the merchant answers it: the sandbox's error type and, for a
   * field at fault, `invalid_fields` by the names the browser sent (`rename`
   * maps a sandbox field to the merchant's).
   */
  body(rename: Record<string, string> = {}) {
    const fields = this.invalidFields?.map((field) => rename[field] ?? field);
    return {
      success: false as const,
      error_type: this.errorType,
      message: this.message,
      ...(fields?.length ? { invalid_fields: fields } : {}),
    };
  }
}

/** Every write that moves money carries one: a retried or doubled request is then answered, not repeated. */
export interface CallOptions {
  idempotencyKey?: string;
}

export type SandboxApi = ReturnType<typeof createSandboxApi>;

export function createSandboxApi({ apiUrl, projectId, secret }: SandboxCredentials) {
  const authorization = `Basic ${Buffer.from(`${projectId}:${secret}`).toString('base64')}`;

  async function call<T>(
    method: string,
    path: string,
    body?: Record<string, unknown>,
    options: CallOptions = {},
  ): Promise<T> {
    const headers: Record<string, string> = {
      authorization,
      'content-type': 'application/json',
      accept: 'application/json',
    };
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    const response = await fetch(new URL(path, apiUrl), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }).catch((cause: unknown) => {
      throw new SandboxApiError(503, 'sandbox.unreachable', `Sandbox unreachable: ${String(cause)}`);
    });
    const json = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok || json.success !== true) {
      throw new SandboxApiError(
        response.status,
        typeof json.error_type === 'string' ? json.error_type : 'sandbox.unreachable',
        typeof json.message === 'string' ? json.message : `Sandbox answered ${response.status}`,
        Array.isArray(json.invalid_fields) ? json.invalid_fields.map(String) : undefined,
      );
    }
    return json as T;
  }

  const enc = encodeURIComponent;
  const tokenPath = (customerId: string, tokenId: string) =>
    `/customers/${enc(customerId)}/tokens/${enc(tokenId)}`;
  const invoice = (r: { invoice: SandboxInvoice }) => r.invoice;
  const token = (r: { token: SandboxToken }) => r.token;
  return {
    createCustomer: (fields: Record<string, unknown>) =>
      call<{ customer: SandboxCustomer }>('POST', '/customers', fields).then((r) => r.customer),
    getCustomer: (customerId: string) =>
      call<{ customer: SandboxCustomer }>('GET', `/customers/${enc(customerId)}`).then((r) => r.customer),
    createCustomerSession: (customerId: string) =>
      call<{ session: { token: string; customer_id: string; expires_at: string } }>(
        'POST',
        `/customers/${enc(customerId)}/sessions`,
      ).then((r) => r.session),
    createBlankToken: (customerId: string, fields: Record<string, unknown>) =>
      call<{ token: SandboxToken }>('POST', `/customers/${enc(customerId)}/tokens`, fields).then(token),
    saveToken: (customerId: string, tokenId: string, source: string) =>
      call<{ token: SandboxToken; matched?: boolean }>('PUT', tokenPath(customerId, tokenId), {
        source,
        verify: true,
      }),
    getToken: (customerId: string, tokenId: string) =>
      call<{ token: SandboxToken }>('GET', tokenPath(customerId, tokenId)).then(token),
    listTokens: (customerId: string) =>
      call<{ tokens: SandboxToken[] }>('GET', `/customers/${enc(customerId)}/tokens`).then((r) => r.tokens),
    deleteToken: (customerId: string, tokenId: string) =>
      call<{ success: true }>('DELETE', tokenPath(customerId, tokenId)),
    setTokenEnabled: (customerId: string, tokenId: string, enabled: boolean) =>
      call<{ token: SandboxToken }>(
        'PUT',
        `${tokenPath(customerId, tokenId)}/${enabled ? 'enable' : 'disable'}`,
      ).then(token),
    createInvoice: (fields: Record<string, unknown>, options?: CallOptions) =>
      call<{ invoice: SandboxInvoice }>('POST', '/invoices', fields, options).then(invoice),
    getInvoice: (invoiceId: string) =>
      call<{ invoice: SandboxInvoice }>('GET', `/invoices/${enc(invoiceId)}`).then(invoice),
    authorizeInvoice: (invoiceId: string, fields: Record<string, unknown>, options?: CallOptions) =>
      call<{ invoice: SandboxInvoice; token?: SandboxToken }>(
        'POST',
        `/invoices/${enc(invoiceId)}/authorize`,
        fields,
        options,
      ),
    captureInvoice: (invoiceId: string, fields: Record<string, unknown>, options?: CallOptions) =>
      call<{ invoice: SandboxInvoice }>('POST', `/invoices/${enc(invoiceId)}/capture`, fields, options).then(
        invoice,
      ),
    voidInvoice: (invoiceId: string, options?: CallOptions) =>
      call<{ invoice: SandboxInvoice }>('POST', `/invoices/${enc(invoiceId)}/void`, {}, options).then(
        invoice,
      ),
    refundInvoice: (invoiceId: string, fields: Record<string, unknown>, options?: CallOptions) =>
      call<{ invoice: SandboxInvoice }>('POST', `/invoices/${enc(invoiceId)}/refunds`, fields, options).then(
        invoice,
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
  is_enabled?: boolean;
  verification_status: string;
  gateway_configuration_id?: string | null;
  [field: string]: unknown;
}
export interface SandboxInvoice {
  id: string;
  amount: string;
  currency: string;
  status: string;
  customer_id?: string | null;
  transaction?: SandboxTransaction | null;
  [field: string]: unknown;
}
export interface SandboxTransaction {
  status?: string;
  captured_amount?: string;
  refunded_amount?: string;
  authorization_expires_at?: string | null;
  auto_capture_at?: string | null;
  gateway_configuration_id?: string | null;
  [field: string]: unknown;
}
