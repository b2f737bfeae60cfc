import type { CheckoutModel } from '../models/checkout-model.js';
import { isFlowRunning } from '../models/checkout-state.js';
import { ChevronIcon } from './icons.js';

export function MethodList({ model }: { model: CheckoutModel }) {
  const configs = model.configs.value;
  const state = model.state.value;
  const busy = isFlowRunning(state);
  const extra = model.extra.value;
  if (configs.length === 0) return <p class="pd-empty">{model.t('empty')}</p>;
  return (
    <fieldset class="pd-list">
      {/* Hidden, the heading still names the group for screen readers. */}
      <legend class={model.view.value.hideHeading ? 'pd-sr' : 'pd-legend'}>{model.t('heading')}</legend>
      {configs.map((config) => [
        <button
          key={config.id}
          type="button"
          class="pd-method"
          // aria-disabled, not disabled: the chosen button keeps the keyboard focus while the flow runs.
          aria-disabled={busy}
          aria-current={busy && state.config.id === config.id ? 'true' : undefined}
          // Synchronous on purpose: the engine opens the popup inside this click.
          onClick={() => model.select(config)}
        >
          <span class="pd-logo" aria-hidden="true">
            {/* Without a logo, the initial keeps the rows aligned; the name follows as text. */}
            {config.gateway.logo_url ? (
              <img src={config.gateway.logo_url} alt="" />
            ) : (
              config.gateway.display_name[0]
            )}
          </span>
          <span class="pd-name">{config.gateway.display_name}</span>
          <ChevronIcon />
        </button>,
        extra?.row(config),
      ])}
    </fieldset>
  );
}
