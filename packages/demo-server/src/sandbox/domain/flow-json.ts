import type { FlowRecord } from './types.js';

/**
 * How long a shopper has to decide on a hosted page, counted from its first
 * showing; the widget waits as long (README "Flow relay"). A decision stays
 * readable while its gateway request is unspent and unexpired.
 */
export const FLOW_LIFETIME_MS = 15 * 60 * 1000;

/** The relay's path for a state (public, on the checkout origin). */
export const flowRelayPath = (state: string) => `/checkout/flows/${state}`;

export const isFlowExpired = (flow: FlowRecord, now: number) =>
  flow.status === 'pending' && flow.expiresAt <= now;

/** What the relay answers: the outcome in the words of the return URL (`token` or `error_code`). */
export const flowJson = (flow: FlowRecord) => ({
  state: flow.state,
  status: flow.status,
  token: flow.status === 'success' ? flow.gatewayRequestId : null,
  error_code: flow.errorCode,
  customer_id: flow.customerId,
  token_id: flow.tokenId,
  invoice_id: flow.invoiceId,
  gateway_configuration_id: flow.gatewayConfigurationId,
  expires_at: new Date(flow.expiresAt).toISOString(),
});
