import { findApm } from '../domain/apm-catalog.js';
import { invoiceJson } from '../domain/serializers.js';
import type { Invoice, Project } from '../domain/types.js';
import { ApiError } from '../http/api-error.js';
import { newId } from '../ids.js';
import type { Deps } from './deps.js';
import type { EventType } from './events.js';
import { consumeGatewayRequest } from './gateway-requests.js';

/** As card schemes allow: capture within 7 days of authorization, or the hold lapses. */
export const AUTHORIZATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const conflict = (type: string, message: string) => new ApiError(409, type, message);

export function emitInvoiceEvent(deps: Deps, project: Project, type: EventType, invoice: Invoice): void {
  deps.recordEvent(project, type, { invoice: invoiceJson(invoice) }, invoice.webhookUrl);
}

/** Authorizes with a gateway request from the invoice's hosted page, or a chargeable customer token. */
export function authorizeInvoice(
  deps: Deps,
  project: Project,
  invoice: Invoice,
  source: string,
  autoCaptureAt: number | undefined,
): Invoice {
  return deps.store.transaction(() => {
    if (invoice.status !== 'pending')
      throw conflict('invoice.already-authorized', 'This invoice was already paid or authorized');
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
  });
}

type Settlement = Pick<Invoice, 'status' | 'gatewayConfigurationId' | 'settleDueAt' | 'settleResult'>;

function fromGatewayRequest(deps: Deps, project: Project, invoice: Invoice, source: string): Settlement {
  const request = consumeGatewayRequest(deps, project.id, source, { invoiceId: invoice.id });
  const config = deps.store.projects
    .gatewayConfigurations(project.id)
    .find((c) => c.id === request.gatewayConfigurationId);
  const apm = config && findApm(config.gateway);
  if (!apm) throw conflict('gateway.unavailable', 'The payment method is no longer available');
  const later = request.outcome === 'approve-async' || apm.approve === 'async';
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

export function captureInvoice(
  deps: Deps,
  project: Project,
  invoice: Invoice,
  amountMinor: number | undefined,
): Invoice {
  return deps.store.transaction(() => {
    if (invoice.status !== 'authorized' && invoice.status !== 'partially-captured') {
      throw conflict(
        'transaction.not-capturable',
        `An invoice in status ${invoice.status} cannot be captured`,
      );
    }
    if ((invoice.authorizationExpiresAt ?? 0) <= deps.now()) {
      throw new ApiError(
        400,
        'transaction.authorization-expired',
        'The authorization expired (7 days); authorize again',
      );
    }
    const remaining = invoice.amountMinor - invoice.capturedMinor;
    const amount = amountMinor ?? remaining;
    if (amount <= 0 || amount > remaining) {
      throw new ApiError(400, 'request.validation-error', 'amount exceeds what is left to capture', [
        'amount',
      ]);
    }
    const capturedMinor = invoice.capturedMinor + amount;
    const next: Invoice = {
      ...invoice,
      capturedMinor,
      autoCaptureAt: null,
      status: capturedMinor === invoice.amountMinor ? 'completed' : 'partially-captured',
    };
    deps.store.invoices.update(next);
    emitInvoiceEvent(deps, project, 'transaction.captured', next);
    return next;
  });
}

export function voidInvoice(deps: Deps, project: Project, invoice: Invoice): Invoice {
  if (invoice.status !== 'authorized' && invoice.status !== 'authorization-pending') {
    throw conflict('transaction.not-voidable', `An invoice in status ${invoice.status} cannot be voided`);
  }
  const next: Invoice = { ...invoice, status: 'voided', settleDueAt: null, autoCaptureAt: null };
  deps.store.transaction(() => {
    deps.store.invoices.update(next);
    emitInvoiceEvent(deps, project, 'transaction.voided', next);
  });
  return next;
}

export function refundInvoice(
  deps: Deps,
  project: Project,
  invoice: Invoice,
  amountMinor: number | undefined,
  reason: string | undefined,
): Invoice {
  const refundable = invoice.capturedMinor - invoice.refundedMinor;
  if (refundable <= 0) throw conflict('transaction.not-refundable', 'Nothing captured is left to refund');
  const amount = amountMinor ?? refundable;
  if (amount <= 0 || amount > refundable) {
    throw new ApiError(400, 'request.validation-error', 'amount exceeds what is left to refund', ['amount']);
  }
  const refundedMinor = invoice.refundedMinor + amount;
  const next: Invoice = {
    ...invoice,
    refundedMinor,
    status: refundedMinor === invoice.amountMinor ? 'refunded' : 'partially-refunded',
  };
  deps.store.transaction(() => {
    deps.store.invoices.update(next);
    deps.store.invoices.insertRefund({
      id: newId('re'),
      invoiceId: invoice.id,
      amountMinor: amount,
      reason: reason ?? null,
      createdAt: new Date(deps.now()).toISOString(),
    });
    emitInvoiceEvent(deps, project, 'transaction.refunded', next);
  });
  return next;
}
