import type { CheckoutModel } from '../models/checkout-model.js';
import type { CheckoutState } from '../models/checkout-state.js';
import { flowMessage } from '../models/flow-message.js';
import { focus } from './focus.js';
import { AlertIcon, Spinner } from './icons.js';

type RunningState = Extract<
  CheckoutState,
  { kind: 'waiting' | 'popup-blocked' | 'redirecting' | 'top-nav-blocked' }
>;

/**
 * What the shopper must do while a flow runs, always with a way out: even
 * "Redirecting…" can stall (a navigation the browser or an extension cancels).
 * The one action that must come next takes the keyboard focus.
 */
export function FlowPanel({ model, state }: { model: CheckoutModel; state: RunningState }) {
  const { t } = model;
  const name = state.config.gateway.display_name;
  const busy = state.kind === 'waiting' || state.kind === 'redirecting';
  return (
    <div class="pd-panel">
      <p class={busy ? 'pd-msg' : 'pd-msg pd-warn'}>
        {busy ? <Spinner /> : <AlertIcon />}
        {flowMessage(state, t, model.amount.value)}
      </p>
      {state.kind === 'popup-blocked' && (
        // Synchronous on purpose: retry needs this new user gesture to open the popup.
        <button type="button" class="pd-btn pd-primary" ref={focus} onClick={() => model.continueFlow()}>
          {t('continueWith', { name })}
        </button>
      )}
      {state.kind === 'top-nav-blocked' && (
        <a class="pd-btn pd-primary" ref={focus} href={state.url} target="_top">
          {t('continueTo', { name })}
        </a>
      )}
      {/* The second click of a double click on the method lands here, where it was: not a Cancel. */}
      <button type="button" class="pd-btn" onClick={(event) => event.detail < 2 && model.cancel()}>
        {t('cancel')}
      </button>
    </div>
  );
}
