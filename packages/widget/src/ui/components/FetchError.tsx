import type { CheckoutModel } from '../models/checkout-model.js';
import { AlertIcon } from './icons.js';

/** What went wrong and why, in the shopper's words (as the status region says it), and Retry. */
export function FetchError({ model }: { model: CheckoutModel }) {
  return (
    <div class="pd-panel">
      <p class="pd-msg pd-failed">
        <AlertIcon />
        {model.announcement.value}
      </p>
      <button type="button" class="pd-btn pd-primary" onClick={() => model.load()}>
        {model.t('retry')}
      </button>
    </div>
  );
}
