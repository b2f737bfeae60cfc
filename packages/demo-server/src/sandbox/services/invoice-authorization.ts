import { AUTHORIZATION_TTL_MS, isPayable } from '../domain/invoice-status.js';
import { chargeRefusal } from '../domain/token-chargeability.js';
import type { GatewayRequest, Invoice, Metadata, Project } from '../domain/types.js';
import { minorOrThrow } from '../http/amount-field.js';
import { ApiError, validationError } from '../http/api-error.js';
import { newId } from '../ids.js';
import type { Deps } from './deps.js';
import type { EventType } from './events.js';
import { consumeGatewayRequest, settlementOf } from './gateway-requests.js';
import { invoiceOr404 } from './lookups.js';
import { saveWithin } from './token-saving.js';
import { invoiceView, recordOperation } from './transaction-ledger.js';

/** `data.invoice` as the widget and webhook receivers first read it, `data.transaction` as ProcessOut sends it. */
export function emitInvoiceEvent(deps: Deps, project: Project, type: EventType, invoice: Invoice): void {
  const json = invoiceView(deps, invoice);
  deps.recordEvent(project, type, { invoice: json, transaction: json.transaction }, invoice.webhookUrl);
}

export interface AuthorizeOptions {
  /** Epoch ms, already checked against the authorization window. */
  autoCaptureAt?: number | undefined;
  /** What the automatic capture takes, in the currency's minor units; all of it when absent. */
  autoCaptureAmount?: string | undefined;
  /** The field it came in, named by a refusal. @default 'capture_amount' */
  autoCaptureAmountField?: string | undefined;
  /** Recorded on the authorization operation. */
  metadata?: Metadata | undefined;
}

/** Authorizes with a gateway request from the invoice's hosted page, or a chargeable customer token. */
export function authorizeInvoice(
  deps: Deps,
  project: Project,
  invoiceId: string,
  source: string,
  options: AuthorizeOptions = {},
): Invoice {
  return deps.store.transaction(() =>
    authorizeWithin(deps, project, invoiceOr404(deps, project.id, invoiceId), source, options),
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
  options: AuthorizeOptions = {},
): Invoice {
  if (!isPayable(invoice)) {
    throw new ApiError(409, 'invoice.already-authorized', 'This invoice was already paid or authorized');
  }
  const autoCaptureAt = scheduledCapture(invoice, options.autoCaptureAt);
  const autoCaptureAmountMinor = autoCaptureAmount(
    invoice,
    options.autoCaptureAmount,
    autoCaptureAt,
    options.autoCaptureAmountField,
  );
  const now = deps.now();
  const settled = source.startsWith('gway_req_')
    ? fromGatewayRequest(deps, project, invoice, source)
    : fromToken(deps, project, invoice, source);
  const next: Invoice = {
    ...invoice,
    ...settled,
    source,
    // One transaction per invoice, as on ProcessOut: a retry after a decline is another attempt on it.
    transactionId: invoice.transactionId ?? newId('tr'),
    autoCaptureAt,
    autoCaptureAmountMinor,
    authorizedAt: settled.status === 'authorized' ? now : null,
    authorizationExpiresAt: settled.status === 'authorized' ? now + AUTHORIZATION_TTL_MS : null,
  };
  deps.store.invoices.update(next);
  if (next.status === 'authorized') {
    recordOperation(deps, next, 'authorization', next.amountMinor, { metadata: options.metadata });
    emitInvoiceEvent(deps, project, 'transaction.authorized', next);
  }
  return next;
}

/** The invoice's own `auto_capture_at` wins; an authorize asking for another time is told so, not ignored. */
function scheduledCapture(invoice: Invoice, requested: number | undefined): number | null {
  const preset = invoice.presetAutoCaptureAt;
  if (preset !== null && requested !== undefined && requested !== preset) {
    throw validationError(
      `This invoice was created with auto_capture_at ${new Date(preset).toISOString()}, which takes priority; leave auto_capture_at out or send the same`,
      ['auto_capture_at'],
    );
  }
  return preset ?? requested ?? null;
}

function autoCaptureAmount(
  invoice: Invoice,
  amount: string | undefined,
  autoCaptureAt: number | null,
  field = 'capture_amount',
): number | null {
  if (amount === undefined) return null;
  if (autoCaptureAt === null) {
    throw validationError(
      `${field} on authorize is what auto_capture_at captures: send auto_capture_at too, or capture it with POST /invoices/:id/capture`,
      [field],
    );
  }
  const minor = minorOrThrow(amount, invoice.currency, field);
  if (minor === 0 || minor > invoice.amountMinor) {
    throw validationError(`${field} must be more than zero and at most the invoice amount`, [field]);
  }
  return minor;
}

type Settlement = Pick<Invoice, 'status' | 'gatewayConfigurationId' | 'settleDueAt' | 'settleResult'>;

function fromGatewayRequest(deps: Deps, project: Project, invoice: Invoice, source: string): Settlement {
  const request = consumeGatewayRequest(deps, project.id, source, { invoiceId: invoice.id });
  const { apm, later } = settlementOf(deps, request);
  if (request.tokenId) saveWithPayment(deps, project, invoice, request);
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
  if (!token && !deps.store.tokens.existedInProject(project.id, source)) {
    throw new ApiError(404, 'resource.not-found', 'Token not found');
  }
  if (token && invoice.customerId && invoice.customerId !== token.customerId) {
    throw new ApiError(
      400,
      'token.customer-mismatch',
      'This token belongs to another customer than the invoice',
    );
  }
  const refusal = chargeRefusal(token);
  if (!token || refusal) throw new ApiError(400, 'token.not-chargeable', refusal ?? 'Not chargeable');
  return {
    status: 'authorized',
    gatewayConfigurationId: token.gatewayConfigurationId,
    settleDueAt: null,
    settleResult: null,
  };
}

/**
 * Pay and save: the shopper approved both in one provider flow, so the
 * token is saved in the transaction that authorizes, and linked to the
 * invoice (the authorize answer shows it). Match or create applies.
 */
function saveWithPayment(deps: Deps, project: Project, invoice: Invoice, request: GatewayRequest): void {
  const token = deps.store.tokens.find(project.id, request.customerId ?? '', request.tokenId ?? '');
  if (!token) throw new ApiError(409, 'token.unavailable', 'The token to save with this payment was deleted');
  const saved = saveWithin(deps, token, request, true);
  deps.store.invoiceSavedTokens.link(
    invoice.id,
    saved.token.id,
    saved.matched,
    new Date(deps.now()).toISOString(),
  );
}
