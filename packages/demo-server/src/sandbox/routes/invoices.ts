import { type Context, Hono } from 'hono';
import { z } from 'zod';
import { customerJson, invoiceJson } from '../domain/serializers.js';
import { NO_LEDGER } from '../domain/transaction-json.js';
import type { Invoice } from '../domain/types.js';
import { amountField, minorOrThrow } from '../http/amount-field.js';
import { notFound, validationError } from '../http/api-error.js';
import { readBody } from '../http/body.js';
import type { SandboxEnv } from '../http/env.js';
import { currencyField, metadataField, text, urlField, webhookUrlField } from '../http/fields.js';
import {
  authorizeFields,
  autoCaptureOrThrow,
  captureAmountField,
  captureAmountOf,
  captureFields,
  dateTime,
  voidFields,
} from '../http/payment-fields.js';
import { parseWith } from '../http/validate.js';
import { newId } from '../ids.js';
import type { Deps } from '../services/deps.js';
import { authorizeInvoice } from '../services/invoice-authorization.js';
import { captureInvoice, voidInvoice } from '../services/invoice-payments.js';
import { customerOr404, invoiceOr404 } from '../services/lookups.js';
import { invoiceView, paymentAnswer } from '../services/transaction-ledger.js';

const createInvoice = z.object({
  name: z.string().min(1).max(255),
  amount: amountField,
  currency: currencyField(),
  return_url: urlField(),
  customer_id: text(100),
  webhook_url: webhookUrlField(),
  metadata: metadataField(),
  auto_capture_at: dateTime,
});

export function invoiceRoutes(deps: Deps) {
  const routes = new Hono<SandboxEnv>();
  const guard = [deps.auth.secret, deps.idempotent] as const;
  const mine = (c: Context<SandboxEnv>, invoiceId: string) =>
    invoiceOr404(deps, c.get('auth').project.id, invoiceId);

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
      // Checked against a window opening now: the authorization can only come later, so it still fits.
      presetAutoCaptureAt: autoCaptureOrThrow(input.auto_capture_at, deps.now()) ?? null,
      autoCaptureAmountMinor: null,
      capturedMinor: 0,
      refundedMinor: 0,
      settleDueAt: null,
      settleResult: null,
      createdAt: new Date(deps.now()).toISOString(),
    };
    deps.store.invoices.insert(invoice);
    return c.json({ success: true, invoice: invoiceJson(invoice, NO_LEDGER) });
  });

  routes.get('/invoices/:invoiceId', deps.auth.secret, (c) =>
    c.json({ success: true, invoice: invoiceView(deps, mine(c, c.req.param('invoiceId'))) }),
  );

  // The SDK's invoice.fetchTransaction(): the singular `transaction`, as an invoice has one.
  routes.get('/invoices/:invoiceId/transactions', deps.auth.secret, (c) => {
    const { transaction } = invoiceView(deps, mine(c, c.req.param('invoiceId')));
    if (!transaction) throw notFound('Transaction (the invoice has not been paid yet)');
    return c.json({ success: true, transaction });
  });

  routes.get('/invoices/:invoiceId/customers', deps.auth.secret, (c) => {
    const invoice = mine(c, c.req.param('invoiceId'));
    if (!invoice.customerId) throw notFound('Customer (the invoice has none)');
    return c.json({
      success: true,
      customer: customerJson(customerOr404(deps, invoice.projectId, invoice.customerId)),
    });
  });

  // Each route reads its body before touching the invoice, and the service reads the invoice inside
  // its transaction: nothing loaded before an await is ever written back.
  routes.post('/invoices/:invoiceId/authorize', ...guard, async (c) => {
    const input = parseWith(authorizeFields, await readBody(c));
    const { project } = c.get('auth');
    const options = {
      autoCaptureAt: autoCaptureOrThrow(input.auto_capture_at, deps.now()),
      autoCaptureAmount: input.capture_amount,
      metadata: input.metadata,
    };
    const invoice = authorizeInvoice(deps, project, c.req.param('invoiceId'), input.source, options);
    return c.json(paymentAnswer(deps, invoice));
  });

  routes.post('/invoices/:invoiceId/capture', ...guard, async (c) => {
    const input = parseWith(captureFields, await readBody(c));
    const { project } = c.get('auth');
    const invoiceId = c.req.param('invoiceId');
    if (input.authorize_only) {
      // ProcessOut's capture(source, {authorize_only: true}) is an authorize, auto_capture_at included.
      if (!input.source) throw validationError('authorize_only needs a source', ['source']);
      const options = {
        autoCaptureAt: autoCaptureOrThrow(input.auto_capture_at, deps.now()),
        autoCaptureAmount: captureAmountOf(input),
        autoCaptureAmountField: captureAmountField(input),
        metadata: input.metadata,
      };
      return c.json(paymentAnswer(deps, authorizeInvoice(deps, project, invoiceId, input.source, options)));
    }
    if (input.auto_capture_at !== undefined) {
      throw validationError(
        'auto_capture_at belongs on authorize (or authorize_only); a capture captures now',
        ['auto_capture_at'],
      );
    }
    const request = {
      amount: captureAmountOf(input),
      amountField: captureAmountField(input),
      source: input.source,
      metadata: input.metadata,
    };
    return c.json(paymentAnswer(deps, captureInvoice(deps, project, invoiceId, request)));
  });

  routes.post('/invoices/:invoiceId/void', ...guard, async (c) => {
    const input = parseWith(voidFields, await readBody(c));
    const invoice = voidInvoice(deps, c.get('auth').project, c.req.param('invoiceId'), input);
    return c.json(paymentAnswer(deps, invoice));
  });

  return routes;
}
