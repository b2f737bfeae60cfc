import { AUTHORIZATION_TTL_MS, isPayable } from '../domain/invoice-status.js';
import { invoiceJson } from '../domain/serializers.js';
import type { Invoice, Project } from '../domain/types.js';
import { ApiError } from '../http/api-error.js';
import { newId } from '../ids.js';
import type { Deps } from './deps.js';
import type { EventType } from './events.js';
import { consumeGatewayRequest, settlementOf } from './gateway-requests.js';
import { invoiceOr404 } from './lookups.js';

export function emitInvoiceEvent(deps: Deps, project: Project, type: EventType, invoice: Invoice): void {
  deps.recordEvent(project, type, { invoice: invoiceJson(invoice) }, invoice.webhookUrl);
}

/** Authorizes with a gateway request from the invoice's hosted page, or a chargeable customer token. */
export function authorizeInvoice(
  deps: Deps,
  project: Project,
  invoiceId: string,
  source: string,
  autoCaptureAt: number | undefined,
): Invoice {
  return deps.store.transaction(() =>
    authorizeWithin(deps, project, invoiceOr404(deps, project.id, invoiceId), source, autoCaptureAt),
  );
}

/**
 * The authorization itself. Call it inside a transaction with an invoice read
 * in that same transaction: the state check below is only as fresh as that read.
 */
export function authorizeWithin(
  deps: Deps,
  project: Project,
  invoice: Invoice,
  source: string,
  autoCaptureAt: number | undefined,
): Invoice {
  if (!isPayable(invoice)) {
    throw new ApiError(409, 'invoice.already-authorized', 'This invoice was already paid or authorized');
  }
  const now = deps.now();
  const settled = source.startsWith('gway_req_')
    ? fromGatewayRequest(deps, project, invoice, source)
    : fromToken(deps, project, invoice, source);
  const next: Invoice = {
    ...invoice,
    ...settled,
    source,
    transactionId: newId('tr'),
    autoCaptureAt: autoCaptureAt ?? null,
    authorizedAt: settled.status === 'authorized' ? now : null,
    authorizationExpiresAt: settled.status === 'authorized' ? now + AUTHORIZATION_TTL_MS : null,
  };
  deps.store.invoices.update(next);
  if (next.status === 'authorized') emitInvoiceEvent(deps, project, 'transaction.authorized', next);
  return next;
}

type Settlement = Pick<Invoice, 'status' | 'gatewayConfigurationId' | 'settleDueAt' | 'settleResult'>;

function fromGatewayRequest(deps: Deps, project: Project, invoice: Invoice, source: string): Settlement {
  const request = consumeGatewayRequest(deps, project.id, source, { invoiceId: invoice.id });
  const { apm, later } = settlementOf(deps, request);
  return later
    ? {
        status: 'authorization-pending',
        gatewayConfigurationId: request.gatewayConfigurationId,
        settleDueAt: deps.now() + deps.asyncVerifyDelayMs,
        settleResult: apm.asyncResult,
      }
    : {
        status: 'authorized',
        gatewayConfigurationId: request.gatewayConfigurationId,
        settleDueAt: null,
        settleResult: null,
      };
}

function fromToken(deps: Deps, project: Project, invoice: Invoice, source: string): Settlement {
  if (!source.startsWith('tok_')) {
    throw new ApiError(400, 'request.validation-error', 'source must be a gway_req_… or a tok_…', ['source']);
  }
  const token = deps.store.tokens.findInProject(project.id, source);
  if (!token) throw new ApiError(404, 'resource.not-found', 'Token not found');
  if (invoice.customerId && invoice.customerId !== token.customerId) {
    throw new ApiError(
      400,
      'token.customer-mismatch',
      'This token belongs to another customer than the invoice',
    );
  }
  if (!token.isChargeable || !token.enabled) {
    throw new ApiError(
      400,
      'token.not-chargeable',
      'This token cannot be charged (pending, failed or disabled)',
    );
  }
  return {
    status: 'authorized',
    gatewayConfigurationId: token.gatewayConfigurationId,
    settleDueAt: null,
    settleResult: null,
  };
}
