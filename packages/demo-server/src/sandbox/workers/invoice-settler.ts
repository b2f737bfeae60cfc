import { AUTHORIZATION_TTL_MS } from '../domain/invoice-status.js';
import type { Invoice, Project } from '../domain/types.js';
import type { Deps } from '../services/deps.js';
import { emitInvoiceEvent } from '../services/invoice-authorization.js';
import { captureWithin } from '../services/invoice-payments.js';
import { recordOperation } from '../services/transaction-ledger.js';

/**
 * Ends asynchronous APM payments and runs `auto_capture_at` captures that have
 * come due. Each invoice is read again inside its own transaction, so a void
 * or capture that landed since the due list was read is respected.
 */
export function invoiceSettler(deps: Deps) {
  const fresh = (invoice: Invoice) => deps.store.invoices.find(invoice.projectId, invoice.id);
  const projectOf = (invoice: Invoice) => deps.store.projects.find(invoice.projectId);

  function settle(due: Invoice, project: Project, now: number): void {
    deps.store.transaction(() => {
      const invoice = fresh(due);
      if (invoice?.status !== 'authorization-pending' || invoice.settleDueAt === null) return;
      const ok = invoice.settleResult !== 'failed';
      const next: Invoice = {
        ...invoice,
        status: ok ? 'authorized' : 'failed',
        settleDueAt: null,
        authorizedAt: ok ? now : null,
        authorizationExpiresAt: ok ? now + AUTHORIZATION_TTL_MS : null,
        ...(ok ? {} : { autoCaptureAt: null, autoCaptureAmountMinor: null }),
      };
      deps.store.invoices.update(next);
      recordOperation(
        deps,
        next,
        'authorization',
        next.amountMinor,
        ok ? {} : { hasFailed: true, errorCode: 'payment.failed' },
      );
      emitInvoiceEvent(deps, project, ok ? 'transaction.authorized' : 'transaction.failed', next);
    });
  }

  function autoCapture(due: Invoice, project: Project): void {
    try {
      deps.store.transaction(() => {
        const invoice = fresh(due);
        if (invoice?.autoCaptureAt != null) {
          captureWithin(deps, project, invoice, invoice.autoCaptureAmountMinor ?? undefined);
        }
      });
    } catch {
      // An expired authorization cannot be captured; drop the schedule rather than retry forever.
      deps.store.invoices.clearAutoCapture(due.id);
    }
  }

  return {
    tick: (): void => {
      const now = deps.now();
      for (const invoice of deps.store.invoices.dueSettlements(now)) {
        const project = projectOf(invoice);
        if (project) settle(invoice, project, now);
      }
      for (const invoice of deps.store.invoices.dueAutoCaptures(now)) {
        const project = projectOf(invoice);
        if (project) autoCapture(invoice, project);
      }
    },
  };
}
