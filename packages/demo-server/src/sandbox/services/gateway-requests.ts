import { type ApmDefinition, findApm } from '../domain/apm-catalog.js';
import type { ApprovedOutcome, GatewayRequest } from '../domain/types.js';
import { ApiError, notFound } from '../http/api-error.js';
import { newId } from '../ids.js';
import type { Deps } from './deps.js';

/** As in ProcessOut: long enough to come back from a bank app, short enough to be worthless if leaked. */
export const GATEWAY_REQUEST_TTL_MS = 15 * 60 * 1000;

export type Binding = { customerId: string; tokenId: string } | { invoiceId: string };
/** What a hosted page mints for: a token, an invoice, or an invoice and the token it also saves. */
export type MintBinding = Binding | { invoiceId: string; customerId: string; tokenId: string };

export function mintGatewayRequest(
  deps: Deps,
  fields: {
    projectId: string;
    gatewayConfigurationId: string;
    outcome: ApprovedOutcome;
    /** The shopper's normalized APM account (`apm-accounts.ts`). */
    account: string | null;
  } & MintBinding,
): string {
  const id = newId('gway_req');
  const now = deps.now();
  deps.store.gatewayRequests.insert(
    {
      id,
      projectId: fields.projectId,
      gatewayConfigurationId: fields.gatewayConfigurationId,
      customerId: 'customerId' in fields ? fields.customerId : null,
      tokenId: 'tokenId' in fields ? fields.tokenId : null,
      invoiceId: 'invoiceId' in fields ? fields.invoiceId : null,
      outcome: fields.outcome,
      account: fields.account,
      expiresAt: now + GATEWAY_REQUEST_TTL_MS,
      usedAt: null,
    },
    new Date(now).toISOString(),
  );
  return id;
}

function matches(request: GatewayRequest, binding: Binding): boolean {
  if ('invoiceId' in binding) return request.invoiceId === binding.invoiceId;
  // A pay-and-save request saves its token only with the payment: never on its own, unpaid.
  return (
    request.invoiceId === null &&
    request.customerId === binding.customerId &&
    request.tokenId === binding.tokenId
  );
}

/**
 * Spends a gateway request: it must exist in this project, be bound to this
 * very token (or invoice), be unexpired and unused. Call inside a transaction
 * with the write it enables.
 */
export function consumeGatewayRequest(
  deps: Deps,
  projectId: string,
  id: string,
  binding: Binding,
): GatewayRequest {
  const request = deps.store.gatewayRequests.find(projectId, id);
  if (!request) throw notFound('Gateway request');
  if (!matches(request, binding)) {
    throw new ApiError(
      400,
      'gateway-request.mismatch',
      'This gateway request was issued for another resource',
    );
  }
  if (request.usedAt !== null) {
    throw new ApiError(409, 'gateway-request.already-used', 'This gateway request has already been used');
  }
  const now = deps.now();
  if (request.expiresAt <= now) {
    throw new ApiError(
      400,
      'gateway-request.expired',
      'This gateway request has expired; start the flow again',
    );
  }
  if (!deps.store.gatewayRequests.markUsed(id, now)) {
    throw new ApiError(409, 'gateway-request.already-used', 'This gateway request has already been used');
  }
  return request;
}

/**
 * What a spent gateway request settles as: the APM it was approved with, and
 * whether the result comes later (the shopper chose "Approve (async)", or the
 * APM always answers asynchronously). The APM may have been removed since.
 */
export function settlementOf(deps: Deps, request: GatewayRequest): { apm: ApmDefinition; later: boolean } {
  const config = deps.store.projects.gatewayConfiguration(request.projectId, request.gatewayConfigurationId);
  const apm = config && findApm(config.gateway);
  if (!apm) throw new ApiError(409, 'gateway.unavailable', 'The payment method is no longer available');
  return { apm, later: request.outcome === 'approve-async' || apm.approve === 'async' };
}
