/** Domain records as the store hands them out (camelCase; API JSON is built in `serializers.ts`). */
export type Metadata = Record<string, string>;

export interface Project {
  id: string;
  secret: string;
  name: string;
  webhookUrl: string | null;
}

export type Flow = 'one-off' | 'tokenization';

export interface GatewayConfiguration {
  id: string;
  projectId: string;
  /** Key into the APM catalog (`apm-catalog.ts`), e.g. `paypal`. */
  gateway: string;
  name: string;
  enabled: boolean;
  defaultCurrency: string;
}

export interface Customer {
  id: string;
  projectId: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  currency: string | null;
  returnUrl: string | null;
  metadata: Metadata;
  createdAt: string;
}

export type VerificationStatus = 'not-requested' | 'pending' | 'success' | 'failed';

export interface Token {
  id: string;
  projectId: string;
  customerId: string;
  type: 'pending' | 'gateway_token';
  gatewayConfigurationId: string | null;
  returnUrl: string | null;
  cancelUrl: string | null;
  webhookUrl: string | null;
  verify: boolean;
  verificationStatus: VerificationStatus;
  isChargeable: boolean;
  enabled: boolean;
  verifyDueAt: number | null;
  verifyResult: 'success' | 'failed' | null;
  /** Same APM account, same value (see `apm-accounts.ts`); null while blank. */
  gatewayFingerprint: string | null;
  /** The account, masked for a saved-methods list: `j…@example.com`, `•••• 4821`. */
  summary: string | null;
  metadata: Metadata;
  createdAt: string;
}

/** What the shopper chose on the hosted page; decline and cancel never mint a gateway request. */
export type ApprovedOutcome = 'approve' | 'approve-async';

export interface GatewayRequest {
  id: string;
  projectId: string;
  gatewayConfigurationId: string;
  customerId: string | null;
  tokenId: string | null;
  invoiceId: string | null;
  outcome: ApprovedOutcome;
  /** The shopper's account at the APM, normalized (null for requests minted before accounts existed). */
  account: string | null;
  expiresAt: number;
  usedAt: number | null;
}

/** Where a hosted-page flow stands, as the flow relay reports it. */
export type FlowStatus = 'pending' | 'success' | 'error' | 'canceled';

/** One hosted-page flow, keyed by the widget's state nonce (the flow relay). */
export interface FlowRecord {
  state: string;
  projectId: string;
  gatewayConfigurationId: string;
  customerId: string | null;
  tokenId: string | null;
  invoiceId: string | null;
  /** Origin of the registered return_url: the only one the relay answers (null for an app scheme). */
  returnOrigin: string | null;
  status: FlowStatus;
  gatewayRequestId: string | null;
  errorCode: string | null;
  /** Until then the shopper may decide, and the relay answers. */
  expiresAt: number;
  decidedAt: number | null;
  createdAt: number;
}

export type InvoiceStatus =
  | 'pending'
  | 'authorization-pending'
  | 'authorized'
  | 'completed'
  | 'partially-captured'
  | 'failed'
  | 'voided'
  | 'refunded'
  | 'partially-refunded';

export interface Invoice {
  id: string;
  projectId: string;
  customerId: string | null;
  name: string;
  amountMinor: number;
  currency: string;
  returnUrl: string | null;
  webhookUrl: string | null;
  metadata: Metadata;
  status: InvoiceStatus;
  source: string | null;
  gatewayConfigurationId: string | null;
  transactionId: string | null;
  authorizedAt: number | null;
  authorizationExpiresAt: number | null;
  /** When the authorization is captured by itself; cleared once captured, voided or failed. */
  autoCaptureAt: number | null;
  /** `auto_capture_at` given on create: every authorization of the invoice takes it (it wins, as on ProcessOut). */
  presetAutoCaptureAt: number | null;
  /** What that automatic capture takes (`capture_amount` on authorize); the whole remainder when null. */
  autoCaptureAmountMinor: number | null;
  capturedMinor: number;
  refundedMinor: number;
  settleDueAt: number | null;
  settleResult: 'success' | 'failed' | null;
  createdAt: string;
}

export interface Refund {
  id: string;
  invoiceId: string;
  amountMinor: number;
  reason: string | null;
  /** Free text the merchant attached (ProcessOut's `information`). */
  information: string | null;
  metadata: Metadata;
  createdAt: string;
}

/**
 * One money move on an invoice's transaction, as ProcessOut lists them in
 * `transaction.operations`: every authorization attempt (declined ones too),
 * capture, void and refund, in order. The ledger that timestamps and history
 * are read from; later moves (a chargeback) append their own type.
 */
export type OperationType = 'authorization' | 'capture' | 'void' | 'refund' | 'chargeback';

export interface TransactionOperation {
  id: string;
  transactionId: string;
  invoiceId: string;
  type: OperationType;
  amountMinor: number;
  /** Authorizations are attempts: a declined one is kept with `hasFailed`. */
  isAttempt: boolean;
  hasFailed: boolean;
  gatewayConfigurationId: string | null;
  tokenId: string | null;
  errorCode: string | null;
  metadata: Metadata;
  createdAt: string;
}

export interface SandboxEvent {
  id: string;
  projectId: string;
  type: string;
  data: unknown;
  createdAt: string;
}

/** One delivery of an event to one URL: retried while `pending`, `exhausted` once the retry window ran out. */
export interface WebhookDelivery {
  url: string;
  status: 'pending' | 'delivered' | 'exhausted';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: number | null;
  deliveredAt: number | null;
}

export type CheckoutSessionStatus = 'open' | 'complete' | 'canceled' | 'expired';

export interface CheckoutSession {
  id: string;
  projectId: string;
  mode: 'token' | 'payment';
  customerId: string;
  tokenId: string | null;
  invoiceId: string | null;
  successUrl: string;
  cancelUrl: string;
  locale: string | null;
  /** As stored; an `open` session past `expiresAt` reads as `expired` (see `sessionStatus`). */
  status: CheckoutSessionStatus;
  /** The APM the shopper confirmed with. */
  gatewayConfigurationId: string | null;
  metadata: Metadata;
  expiresAt: number;
  closedAt: string | null;
  createdAt: string;
}
