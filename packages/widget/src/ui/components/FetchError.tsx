import type { CheckoutModel } from '../models/checkout-model.js';
import type { CheckoutState } from '../models/checkout-state.js';
import { fetchErrorReason } from '../models/fetch-error-reason.js';
import { AlertIcon } from './icons.js';

type ErrorState = Extract<CheckoutState, { kind: 'error' }>;

/** What went wrong, why (in the shopper's words), and Retry. */
export function FetchError({ model, state }: { model: CheckoutModel; state: ErrorState }) {
  return (
    <div class="pd-panel">
      <p class="pd-msg pd-failed">
        <AlertIcon />
        {model.t('fetchError')}
      </p>
      <p class="pd-why">{model.t(fetchErrorReason(state.code))}</p>
      <button type="button" class="pd-btn pd-primary" onClick={() => model.load()}>
        {model.t('retry')}
      </button>
    </div>
  );
}
