import type { APIRequestContext } from '@playwright/test';
import { PROJECT_ID, PROJECT_SECRET, SANDBOX_URL } from '../playwright.config.js';

/** The sandbox API with the secret key: how a test checks what the merchant server saved. */
export class SandboxApi {
  constructor(private readonly request: APIRequestContext) {}

  private get headers() {
    return { authorization: `Basic ${Buffer.from(`${PROJECT_ID}:${PROJECT_SECRET}`).toString('base64')}` };
  }

  async call<T = Record<string, unknown>>(method: string, path: string, data?: unknown): Promise<T> {
    const response = await this.request.fetch(`${SANDBOX_URL}${path}`, {
      method,
      headers: this.headers,
      data,
    });
    return (await response.json()) as T;
  }

  async token(customerId: string, tokenId: string) {
    const body = await this.call<{ token: Record<string, unknown> }>(
      'GET',
      `/customers/${customerId}/tokens/${tokenId}`,
    );
    return body.token;
  }

  async invoice(invoiceId: string) {
    const body = await this.call<{ invoice: Record<string, unknown> }>('GET', `/invoices/${invoiceId}`);
    return body.invoice;
  }

  /** Saves a gateway request token on a blank token, as the merchant server does. */
  async saveToken(customerId: string, tokenId: string, source: string) {
    const body = await this.call<{ token: Record<string, unknown> }>(
      'PUT',
      `/customers/${customerId}/tokens/${tokenId}`,
      { source, verify: true },
    );
    return body.token;
  }
}
