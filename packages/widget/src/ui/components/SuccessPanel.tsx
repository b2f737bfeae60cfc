import type { CheckoutModel } from '../models/checkout-model.js';
import type { CheckoutState } from '../models/checkout-state.js';
import { flowMessage } from '../models/flow-message.js';
import { CheckIcon } from './icons.js';

type SuccessState = Extract<CheckoutState, { kind: 'success' }>;

export function SuccessPanel({ model, state }: { model: CheckoutModel; state: SuccessState }) {
  return (
    // Focusable so that focus, lost with the method list, lands on the news (see mount).
    <div class="pd-panel pd-success" tabIndex={-1}>
      <span class="pd-badge">
        <CheckIcon />
      </span>
      <p class="pd-msg">{flowMessage(state, model.t)}</p>
    </div>
  );
}
