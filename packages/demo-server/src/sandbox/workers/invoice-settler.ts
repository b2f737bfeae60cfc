import type { Deps } from '../services/deps.js';
import { AUTHORIZATION_TTL_MS, captureInvoice, emitInvoiceEvent } from '../services/invoice-payments.js';

/** Ends asynchronous APM payments and runs `auto_capture_at` captures that have come due. */
export function invoiceSettler(deps: Deps) {
  return {
    tick: (): void => {
      const now = deps.now();
      for (const invoice of deps.store.invoices.dueSettlements(now)) {
        const project = deps.store.projects.find(invoice.projectId);
        if (!project) continue;
        const ok = invoice.settleResult !== 'failed';
        const next = {
          ...invoice,
          status: ok ? ('authorized' as const) : ('failed' as const),
          settleDueAt: null,
          authorizedAt: ok ? now : null,
          authorizationExpiresAt: ok ? now + AUTHORIZATION_TTL_MS : null,
        };
        deps.store.transaction(() => {
          deps.store.invoices.update(next);
          emitInvoiceEvent(deps, project, ok ? 'transaction.authorized' : 'transaction.failed', next);
        });
      }
      for (const invoice of deps.store.invoices.dueAutoCaptures(now)) {
        const project = deps.store.projects.find(invoice.projectId);
        if (!project) continue;
        try {
          captureInvoice(deps, project, invoice, undefined);
        } catch {
          // An expired authorization cannot be captured; drop the schedule rather than retry forever.
          deps.store.invoices.update({ ...invoice, autoCaptureAt: null });
        }
      }
    },
  };
}
