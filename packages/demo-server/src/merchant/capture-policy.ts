import { z } from 'zod';
import type { MerchantDeps } from './deps.js';
import { bookInvoice } from './order-book.js';
import type { SandboxInvoice } from './sandbox-api.js';
import type { CapturePolicy, Order } from './store/index.js';

/** How the merchant takes the money of an authorized payment (seed 003, "Capturing a payment"). */
export const captureFields = {
  capture: z.enum(['now', 'later', 'auto']).default('later'),
  /** With `capture: "auto"`: when the sandbox captures by itself, within the 7-day authorization. */
  autoCaptureAt: z.iso.datetime({ offset: true }).optional(),
};

/** The authorize call's fields for a policy: only `auto` hands the sandbox a time. */
export function authorizeFields(source: string, policy: CapturePolicy, autoCaptureAt: string | undefined) {
  return policy === 'auto' && autoCaptureAt ? { source, auto_capture_at: autoCaptureAt } : { source };
}

/**
 * "Capture now" after an authorization: at once when the APM authorized
 * synchronously; for one that confirms later, when `transaction.authorized`
 * arrives (the webhook handler calls this again). One idempotency key per
 * invoice, so the route and the webhook racing still capture once.
 */
export async function captureIfDue(
  deps: MerchantDeps,
  order: Order,
  invoice: SandboxInvoice,
): Promise<SandboxInvoice> {
  if (order.capturePolicy !== 'now' || invoice.status !== 'authorized') return invoice;
  const captured = await deps.sandbox.captureInvoice(
    invoice.id,
    {},
    { idempotencyKey: `capture-now:${invoice.id}` },
  );
  bookInvoice(deps, order, captured);
  return captured;
}
