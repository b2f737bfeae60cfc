import type { CheckoutModel } from '../models/checkout-model.js';

/** Screen-reader announcements; present from the first render so changes are read out. */
export function StatusRegion({ model }: { model: CheckoutModel }) {
  return (
    <div class="pd-sr" role="status" aria-live="polite" aria-atomic="true">
      {model.announcement.value}
    </div>
  );
}
