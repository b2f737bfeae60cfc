import type { ApmDefinition } from './apm-catalog.js';
import { fromMinor } from './money.js';
import type {
  Customer,
  GatewayConfiguration,
  Invoice,
  Refund,
  SandboxEvent,
  Token,
  WebhookDelivery,
} from './types.js';

/** API JSON, ProcessOut-shaped (snake_case); `null` rather than missing, as the official SDKs expect. */
export const customerJson = (c: Customer) => ({
  id: c.id,
  project_id: c.projectId,
  first_name: c.firstName,
  last_name: c.lastName,
  email: c.email,
  currency: c.currency,
  return_url: c.returnUrl,
  metadata: c.metadata,
  sandbox: true,
  created_at: c.createdAt,
});

export const tokenJson = (t: Token) => ({
  id: t.id,
  customer_id: t.customerId,
  gateway_configuration_id: t.gatewayConfigurationId,
  type: t.type,
  // A disabled token keeps its details but must not be charged until re-enabled.
  is_chargeable: t.isChargeable && t.enabled,
  is_enabled: t.enabled,
  verification_status: t.verificationStatus,
  return_url: t.returnUrl,
  cancel_url: t.cancelUrl,
  webhook_url: t.webhookUrl,
  metadata: t.metadata,
  created_at: t.createdAt,
});

export const gatewayConfigurationJson = (
  config: GatewayConfiguration,
  apm: ApmDefinition,
  baseUrl: string,
) => ({
  id: config.id,
  name: config.name,
  enabled: config.enabled,
  default_currency: config.defaultCurrency,
  gateway: {
    name: apm.gateway,
    display_name: apm.displayName,
    logo_url: `${baseUrl}/logos/${apm.gateway}.svg`,
    flows: [...apm.flows],
    supported_currencies: [...apm.currencies],
  },
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export const invoiceJson = (iv: Invoice, refunds: Refund[] = []) => ({
  id: iv.id,
  project_id: iv.projectId,
  customer_id: iv.customerId,
  name: iv.name,
  amount: fromMinor(iv.amountMinor, iv.currency),
  currency: iv.currency,
  return_url: iv.returnUrl,
  webhook_url: iv.webhookUrl,
  metadata: iv.metadata,
  status: iv.status,
  transaction: iv.transactionId
    ? {
        id: iv.transactionId,
        status: iv.status,
        source: iv.source,
        gateway_configuration_id: iv.gatewayConfigurationId,
        authorized_amount: fromMinor(iv.amountMinor, iv.currency),
        captured_amount: fromMinor(iv.capturedMinor, iv.currency),
        refunded_amount: fromMinor(iv.refundedMinor, iv.currency),
        authorized_at: iso(iv.authorizedAt),
        authorization_expires_at: iso(iv.authorizationExpiresAt),
        auto_capture_at: iso(iv.autoCaptureAt),
        refunds: refunds.map((r) => ({
          id: r.id,
          amount: fromMinor(r.amountMinor, iv.currency),
          reason: r.reason,
          created_at: r.createdAt,
        })),
      }
    : null,
  sandbox: true,
  created_at: iv.createdAt,
});

export const eventJson = (e: SandboxEvent) => ({
  id: e.id,
  type: e.type,
  data: e.data,
  sandbox: true,
  created_at: e.createdAt,
});

export const webhookDeliveryJson = (d: WebhookDelivery) => ({
  url: d.url,
  status: d.status,
  attempts: d.attempts,
  last_error: d.lastError,
  next_attempt_at: iso(d.nextAttemptAt),
  delivered_at: iso(d.deliveredAt),
});
