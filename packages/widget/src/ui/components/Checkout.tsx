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
 */
export function Checkout({ model }: { model: CheckoutModel }) {
  const state = model.state.value;
  return (
    <>
      <StatusRegion model={model} />
      <div class="pd" aria-busy={state.kind === 'loading'}>
        <Screen model={model} />
      </div>
    </>
  );
}

function Screen({ model }: { model: CheckoutModel }) {
  const state = model.state.value;
  if (state.kind === 'loading') return <Skeleton />;
  if (state.kind === 'error') return <FetchError model={model} />;
  if (state.kind === 'success') return <SuccessPanel model={model} state={state} />;
  return (
    <>
      <NoticeBanner model={model} />
      {isFlowRunning(state) && <FlowPanel model={model} state={state} />}
      <MethodList model={model} />
    </>
  );
}
