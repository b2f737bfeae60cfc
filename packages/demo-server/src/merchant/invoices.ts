import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { invalid, notYours } from './responses.js';
import type { SandboxApi } from './sandbox-api.js';
import type { CheckoutSession } from './sessions.js';

export interface InvoiceRouteOptions {
  sandbox: SandboxApi;
  session: (c: Context) => CheckoutSession;
  /** Echoed to the page so it can create the widget's client. */
  projectId: string;
  sandboxPublicUrl: string;
  returnUrl: string;
}

const payBody = z.object({ invoiceId: z.string().min(1), token: z.string().startsWith('gway_req_') });

/**
 * The "pay now" side of the demo: one unpaid invoice per shopper session. As
 * with tokens, the browser never names whose invoice it pays; it may only
 * echo the one its session holds.
 */
export function mountInvoiceRoutes(app: Hono, options: InvoiceRouteOptions) {
  const { sandbox, session } = options;

  app.post('/api/invoices', async (c) => {
    const current = session(c);
    // A reload, a mode switch or a return from a redirect keeps the shopper's unpaid invoice.
    const invoice =
      (await unpaidInvoice(sandbox, current)) ??
      (await sandbox.createInvoice({
        name: 'Paydrop demo order',
        amount: '24.00',
        currency: 'EUR',
        return_url: options.returnUrl,
      }));
    current.invoiceId = invoice.id;
    return c.json({
      success: true,
      projectId: options.projectId,
      apiUrl: options.sandboxPublicUrl,
      invoice,
    });
  });

  app.post('/api/invoices/pay', async (c) => {
    const parsed = payBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return invalid(c, parsed.error);
    if (session(c).invoiceId !== parsed.data.invoiceId) return notYours(c, 'invoice');
    return c.json({
      success: true,
      ...(await sandbox.authorizeInvoice(parsed.data.invoiceId, parsed.data.token)),
    });
  });

  // For async APMs the page polls until the authorization settles.
  app.get('/api/invoices/current', async (c) => {
    const { invoiceId } = session(c);
    if (!invoiceId) {
      return c.json({ success: false, error_type: 'merchant.no-invoice', message: 'No invoice yet' }, 404);
    }
    return c.json({ success: true, invoice: await sandbox.getInvoice(invoiceId) });
  });
}

async function unpaidInvoice(sandbox: SandboxApi, current: CheckoutSession) {
  if (!current.invoiceId) return undefined;
  const invoice = await sandbox.getInvoice(current.invoiceId).catch(() => undefined);
  // A declined (failed) invoice holds no money and the sandbox lets it be paid again.
  return invoice?.status === 'pending' || invoice?.status === 'failed' ? invoice : undefined;
}
