import type { CheckoutModel } from '../models/checkout-model.js';
import { AlertIcon } from './icons.js';

export function FetchError({ model }: { model: CheckoutModel }) {
  return (
    <div class="pd-panel">
      <p class="pd-msg pd-failed">
        <AlertIcon />
        {model.t('fetchError')}
      </p>
      <button type="button" class="pd-btn pd-primary" onClick={() => model.load()}>
        {model.t('retry')}
      </button>
    </div>
  );
}
