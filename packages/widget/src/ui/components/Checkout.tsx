import { isRightToLeft } from '../../i18n/index.js';
import type { CheckoutModel } from '../models/checkout-model.js';
import { isFlowRunning } from '../models/checkout-state.js';
import { FetchError } from './FetchError.js';
import { FlowPanel } from './FlowPanel.js';
import { MethodList } from './MethodList.js';
import { NoticeBanner } from './NoticeBanner.js';
import { Skeleton } from './Skeleton.js';
import { StatusRegion } from './StatusRegion.js';
import { SuccessPanel } from './SuccessPanel.js';

/**
 * The drop-in: one screen per state, the status region always present. The
 * region sits outside the `aria-busy` part, which screen readers may keep
 * quiet while it loads: "Loading payment methods…" must still be read out.
 * `lang` tells screen readers how to pronounce it when it differs from the
 * page; `dir` mirrors it for right-to-left locales (else it follows the page).
 */
export function Checkout({ model }: { model: CheckoutModel }) {
  const locale = model.locale.value;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a key shortcut the buttons inside bubble up, not a control of its own
    <div
      class={`pd pd-${model.view.value.theme ?? 'light'}`}
      lang={locale}
      dir={isRightToLeft(locale) ? 'rtl' : undefined}
      // Escape gives up waiting (cancel() does nothing when no flow runs).
      onKeyDown={(event) => event.key === 'Escape' && model.cancel()}
    >
      <StatusRegion model={model} />
      <div class="pd-body" aria-busy={model.state.value.kind === 'loading' || !model.messages.value}>
        <Screen model={model} />
      </div>
    </div>
  );
}

function Screen({ model }: { model: CheckoutModel }) {
  const state = model.state.value;
  // Until the locale's messages arrive there is nothing to say in the right language.
  if (state.kind === 'loading' || !model.messages.value) return <Skeleton />;
  if (state.kind === 'error') return <FetchError model={model} />;
  if (state.kind === 'success') return <SuccessPanel model={model} state={state} />;
  const amount = model.amount.value;
  const running = isFlowRunning(state);
  return (
    <>
      {/* Pay mode: what the shopper pays, whichever method they choose (while a flow runs, its panel says it). */}
      {amount && !running && <p class="pd-total">{model.t('total', { amount })}</p>}
      <NoticeBanner model={model} />
      {running && <FlowPanel model={model} state={state} />}
      {model.extra.value?.list()}
      <MethodList model={model} />
    </>
  );
}
