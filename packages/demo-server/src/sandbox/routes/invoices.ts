import { Hono } from 'hono';
import { z } from 'zod';
import { AUTHORIZATION_TTL_MS } from '../domain/invoice-status.js';
import { invoiceJson } from '../domain/serializers.js';
import type { Invoice } from '../domain/types.js';
import { amountField, minorOrThrow } from '../http/amount-field.js';
import { validationError } from '../http/api-error.js';
import { readBody } from '../http/body.js';
import type { SandboxEnv } from '../http/env.js';
import { currencyField, metadataField, text, urlField, webhookUrlField } from '../http/fields.js';
import { parseWith } from '../http/validate.js';
import { newId } from '../ids.js';
import type { Deps } from '../services/deps.js';
import { authorizeInvoice } from '../services/invoice-authorization.js';
import { captureInvoice, refundInvoice, voidInvoice } from '../services/invoice-payments.js';
import { customerOr404, invoiceOr404 } from '../services/lookups.js';

const createInvoice = z.object({
  name: z.string().min(1).max(255),
  amount: amountField,
  currency: currencyField(),
  return_url: urlField(),
  customer_id: text(100),
  webhook_url: webhookUrlField(),
  metadata: metadataField(),
});
/** Strict: a date, a time with seconds and a zone (`2030-01-01T12:00:00Z`, `…+02:00`); no bare numbers or dates. */
const dateTime = z.iso
  .datetime({
    offset: true,
    error: 'must be an ISO 8601 date-time with a time zone, e.g. 2030-01-01T12:00:00Z',
  })
  .nullish()
  .transform((v) => v ?? undefined);
const authorize = z.object({ source: z.string().min(1).max(255), auto_capture_at: dateTime });
/** SDKs send `auto_capture_at: null` on capture; a real value is refused below rather than silently ignored. */
const capture = z.object({
  source: text(),
  amount: amountField.nullish(),
  auto_capture_at: z.unknown().optional(),
});
const refund = z.object({ amount: amountField.nullish(), reason: text() });

/** An automatic capture must fall inside the authorization it captures: after now, within 7 days. */
function autoCaptureOrThrow(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const at = Date.parse(value);
  if (at <= now) throw validationError('auto_capture_at must be in the future', ['auto_capture_at']);
  if (at > now + AUTHORIZATION_TTL_MS) {
    throw validationError('auto_capture_at must be within the 7-day authorization window', [
      'auto_capture_at',
    ]);
  }
  return at;
}

export function invoiceRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  const guard = [deps.auth.secret, deps.idempotent] as const;
  const answer = (invoice: Invoice) => {
    const json = invoiceJson(invoice, deps.store.invoices.refunds(invoice.id));
    return { success: true as const, invoice: json, transaction: json.transaction };
  };

  routes.post('/invoices', ...guard, async (c) => {
    const projectId = c.get('auth').project.id;
    const input = parseWith(createInvoice, await readBody(c));
    const amountMinor = minorOrThrow(input.amount, input.currency);
    if (amountMinor === 0) throw validationError('amount must be greater than zero', ['amount']);
    if (input.customer_id) customerOr404(deps, projectId, input.customer_id);
    const invoice: Invoice = {
      id: newId('iv'),
      projectId,
      customerId: input.customer_id ?? null,
      name: input.name,
      amountMinor,
      currency: input.currency,
      returnUrl: input.return_url ?? null,
      webhookUrl: input.webhook_url ?? null,
      metadata: input.metadata ?? {},
      status: 'pending',
      source: null,
      gatewayConfigurationId: null,
      transactionId: null,
      authorizedAt: null,
      authorizationExpiresAt: null,
      autoCaptureAt: null,
      capturedMinor: 0,
      refundedMinor: 0,
      settleDueAt: null,
      settleResult: null,
      createdAt: new Date(deps.now()).toISOString(),
    };
    deps.store.invoices.insert(invoice);
    return c.json({ success: true, invoice: invoiceJson(invoice) });
  });

  routes.get('/invoices/:invoiceId', deps.auth.secret, (c) =>
    c.json(answer(invoiceOr404(deps, c.get('auth').project.id, c.req.param('invoiceId')))),
  );

  // Each route reads its body before touching the invoice, and the service reads the invoice inside
  // its transaction: nothing loaded before an await is ever written back.
  routes.post('/invoices/:invoiceId/authorize', ...guard, async (c) => {
    const input = parseWith(authorize, await readBody(c));
    const { project } = c.get('auth');
    const autoCaptureAt = autoCaptureOrThrow(input.auto_capture_at, deps.now());
    return c.json(
      answer(authorizeInvoice(deps, project, c.req.param('invoiceId'), input.source, autoCaptureAt)),
    );
  });

  routes.post('/invoices/:invoiceId/capture', ...guard, async (c) => {
    const input = parseWith(capture, await readBody(c));
    if (input.auto_capture_at != null) {
      throw validationError('auto_capture_at belongs on authorize; a capture captures now', [
        'auto_capture_at',
      ]);
    }
    const request = { amount: input.amount ?? undefined, source: input.source };
    return c.json(answer(captureInvoice(deps, c.get('auth').project, c.req.param('invoiceId'), request)));
  });

  routes.post('/invoices/:invoiceId/void', ...guard, (c) =>
    c.json(answer(voidInvoice(deps, c.get('auth').project, c.req.param('invoiceId')))),
  );

  routes.post('/invoices/:invoiceId/refunds', ...guard, async (c) => {
    const input = parseWith(refund, await readBody(c));
    const request = { amount: input.amount ?? undefined, reason: input.reason };
    return c.json(answer(refundInvoice(deps, c.get('auth').project, c.req.param('invoiceId'), request)));
  });

  return routes;
}
