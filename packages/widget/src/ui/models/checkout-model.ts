import { handleReturn } from '../../flow/return-handler.js';
import type { Messages, Translate } from '../../i18n/index.js';
import type { GatewayConfiguration, ReturnOutcome } from '../../types.js';
import { loadExtras } from '../extras.js';
import type { UpdateOptions } from '../mount-options.js';
import type { ReadonlySignal } from '../signals.js';
import type { CheckoutContext } from './checkout-context.js';
import type { CheckoutState, Notice } from './checkout-state.js';
import type { Extra } from './checkout-store.js';
import { createCheckoutStore } from './checkout-store.js';
import { createFlowActions } from './flow-actions.js';
import { connectFlowEvents, resetOnBackNavigation } from './flow-events.js';
import { createLoader } from './load-action.js';
import { createLocaleAction } from './locale-action.js';

/** What the components see: read-only signals and actions. */
export interface CheckoutModel {
  state: ReadonlySignal<CheckoutState>;
  configs: ReadonlySignal<readonly GatewayConfiguration[]>;
  notice: ReadonlySignal<Notice | null>;
  announcement: ReadonlySignal<string>;
  messages: ReadonlySignal<Messages | null>;
  locale: ReadonlySignal<string>;
  /** `theme` and `hideHeading` as last given (`undefined`: the defaults, light and shown). */
  view: ReadonlySignal<UpdateOptions>;
  /** Saved methods and pay and save, once loaded (`../extras.ts`). */
  extra: ReadonlySignal<Extra | null>;
  /** Pay mode: the invoice's amount in the locale's words (`€12.00`), when the provider names it. */
  amount: ReadonlySignal<string | undefined>;
  t: Translate;
  /**
   * Applies the presentation options it is given (an `undefined` one goes back to its default:
   * the client's locale, else the browser's languages; light; heading shown) and keeps the others.
   */
  update(options: UpdateOptions): void;
  load(): void;
  select(config: GatewayConfiguration): void;
  cancel(): void;
  continueFlow(): void;
  /** Subscribes to the engine and the page; returns the cleanup, which also aborts in-flight work. */
  connect(): () => void;
}

export type CheckoutModelOptions = Omit<CheckoutContext, 'store'>;

/** A redirect's result a drop-in took from the URL but was unmounted before showing: the next one shows it. */
let unclaimed: ReturnOutcome | undefined;

export function createCheckoutModel(options: CheckoutModelOptions): CheckoutModel {
  const store = createCheckoutStore();
  const ctx: CheckoutContext = { ...options, store };
  const flow = createFlowActions(ctx);
  // A redirect's result in the address bar is taken (and the URL cleaned) once, as the drop-in starts;
  // the first load shows it, later loads (Retry) have nothing left to pick up.
  let returned: ReturnOutcome | undefined = unclaimed ?? handleReturn();
  unclaimed = undefined;
  const loader = createLoader(ctx, (configs) => {
    flow.pickUp(returned?.kind === 'result' ? returned : undefined, configs);
    returned = undefined;
  });
  const setLocale = createLocaleAction(store);
  return {
    ...store,
    update(options) {
      if ('locale' in options) setLocale(options.locale ?? ctx.client.locale);
      store.view.value = { ...store.view.value, ...options };
    },
    load: loader.load,
    select: flow.select,
    cancel: flow.cancel,
    continueFlow: flow.continueFlow,
    connect() {
      let alive = true;
      loadExtras(ctx, () => alive);
      const offEvents = connectFlowEvents(ctx, flow);
      // Only mount() connects, after rendering into the DOM: `window` exists here.
      const offPageShow = resetOnBackNavigation(flow, window);
      return () => {
        unclaimed = returned;
        alive = false;
        offEvents();
        offPageShow();
        loader.abort();
        flow.abort();
      };
    },
  };
}
