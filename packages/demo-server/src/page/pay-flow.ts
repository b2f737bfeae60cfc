/**
 * "Pay now": an invoice from the merchant server, the drop-in gets a gateway
 * request token on the invoice's hosted page, the server authorizes the
 * invoice with it.
 */
import type { PaydropError, PaySuccess } from '@paydrop/widget';
import { $, notice, pill, showPanel } from './dom.js';
import { type Invoice, type InvoiceCheckout, merchant, type PayAnswer } from './merchant-api.js';
import { methodName } from './method-names.js';
import { beginCheckout, mountWidget, unmountWidget } from './widget-slot.js';
import { orderStatusWords, verificationWords } from './words.js';

export async function showPayCheckout() {
  const current = beginCheckout();
  showPanel('choose');
  const checkout = await merchant.post<InvoiceCheckout>('/api/invoices');
  if (!current()) return;
  mountWidget({
    client: { projectId: checkout.projectId, apiUrl: checkout.apiUrl },
    invoiceId: checkout.invoice.id,
    ...(checkout.saveTokenId ? { tokenId: checkout.saveTokenId } : {}),
    onToken: (result) => void payInvoice(result as PaySuccess),
    // The drop-in shows its own notice for a failure; ours would repeat or contradict it. A return it
    // cannot match to a flow of this browser names no method, so the page says what happened.
    onError: (error: PaydropError) =>
      notice(error.code === 'return.state-mismatch' ? error.message : undefined),
  });
}

export async function payInvoice(result: PaySuccess) {
  notice(undefined);
  try {
    // result.token: the gway_req_… of a provider flow, or the saved tok_… the shopper chose.
    const { invoice, token } = await merchant.post<PayAnswer>('/api/invoices/pay', {
      invoiceId: result.invoiceId,
      token: result.token,
      ...capturePolicy(),
    });
    unmountWidget();
    await showPaid(invoice);
    $('paid-saved').textContent = token
      ? `${token.id} (${verificationWords(token.verification_status).toLowerCase()})`
      : 'not saved';
    if (invoice.status === 'authorization-pending') void pollAuthorization();
  } catch (error) {
    notice(`We couldn't take that payment: ${(error as Error).message}. Please choose again.`);
    await showPayCheckout();
  }
}

/** Pill colour, panel title and badge for the invoice statuses a fresh payment can be in. */
const AUTHORIZED = { tone: 'success', title: 'Payment authorized', badge: '✓', next: 'Place another order' };
const STATUS_VIEWS: Record<string, typeof AUTHORIZED> = {
  authorized: AUTHORIZED,
  'authorization-pending': {
    tone: 'pending',
    title: 'Payment pending',
    badge: '…',
    next: 'Place another order',
  },
  failed: { tone: 'failed', title: 'Payment failed', badge: '✕', next: 'Try another method' },
};

async function showPaid(invoice: Invoice) {
  $('paid-method').textContent = await methodName(invoice.transaction?.gateway_configuration_id);
  $('paid-invoice-id').textContent = invoice.id;
  $('paid-amount').textContent = formatAmount(invoice.amount, invoice.currency);
  const view = STATUS_VIEWS[invoice.status] ?? AUTHORIZED;
  pill('paid-status', invoice.status, orderStatusWords(invoice.status), view.tone);
  $('paid-title').textContent = view.title;
  $('paid-check').textContent = view.badge;
  $('paid-check').className = `check ${view.tone}`;
  $('new-order').textContent = view.next;
  if ($('paid').hidden) {
    showPanel('paid');
    $('paid-title').focus();
  }
}

/** The "Capture" choice beside Pay now (seed 003): now, later (authorize only), or by itself at a time. */
function capturePolicy() {
  const capture = ($('capture-policy') as HTMLSelectElement | null)?.value ?? 'later';
  return capture === 'auto'
    ? { capture, autoCaptureAt: new Date(Date.now() + 60 * 60 * 1000).toISOString() }
    : { capture };
}

function formatAmount(amount: string, currency: string): string {
  return new Intl.NumberFormat('en-IE', { style: 'currency', currency }).format(Number(amount));
}

async function pollAuthorization() {
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { invoice } = await merchant.get<{ invoice: Invoice }>('/api/invoices/current');
    await showPaid(invoice);
    if (invoice.status !== 'authorization-pending') return;
  }
}
