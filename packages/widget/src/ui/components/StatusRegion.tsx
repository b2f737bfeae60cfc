import type { CheckoutModel } from '../models/checkout-model.js';

/** Screen-reader announcements; present from the first render so changes are read out. */
export function StatusRegion({ model }: { model: CheckoutModel }) {
  return (
    // role=status is polite and atomic by itself (ARIA 1.2); aria-live is kept for older screen readers.
    <div class="pd-sr" role="status" aria-live="polite">
      {model.announcement.value}
    </div>
  );
}
