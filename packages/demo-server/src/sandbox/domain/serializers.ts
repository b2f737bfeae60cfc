import type { ApmDefinition } from './apm-catalog.js';
import { iso } from './iso-time.js';
import { fromMinor } from './money.js';
import { type Ledger, transactionJson } from './transaction-json.js';
import type {
  Customer,
  GatewayConfiguration,
  Invoice,
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
  gateway_fingerprint: t.gatewayFingerprint,
  summary: t.summary,
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
  project_id: config.projectId,
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

/** The invoice as the SDKs read it (`Invoice.fillWithData`), with its transaction inline. */
export const invoiceJson = (iv: Invoice, ledger: Ledger) => ({
  id: iv.id,
  project_id: iv.projectId,
  customer_id: iv.customerId,
  transaction_id: iv.transactionId,
  name: iv.name,
  amount: fromMinor(iv.amountMinor, iv.currency),
  currency: iv.currency,
  return_url: iv.returnUrl,
  webhook_url: iv.webhookUrl,
  metadata: iv.metadata,
  status: iv.status,
  // The scheduled capture, else the one the invoice was created with (what every authorization will take).
  auto_capture_at: iso(iv.autoCaptureAt ?? iv.presetAutoCaptureAt),
  transaction: iv.transactionId ? transactionJson(iv, ledger) : null,
  sandbox: true,
  created_at: iv.createdAt,
});

/** ProcessOut's `name` and `fired_at`; `type` and `created_at` are the sandbox's first names, kept. */
export const eventJson = (e: SandboxEvent) => ({
  id: e.id,
  project_id: e.projectId,
  name: e.type,
  type: e.type,
  data: e.data,
  sandbox: true,
  fired_at: e.createdAt,
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
