import { en, formatAmount, interpolate, type Messages, type Translate } from '../../i18n/index.js';
import type { GatewayConfiguration, InvoiceAmount } from '../../types.js';
import type { UpdateOptions } from '../mount-options.js';
import { computed, type ReadonlySignal, type Signal, signal } from '../signals.js';
import type { CheckoutState, Notice } from './checkout-state.js';
import { fetchErrorReason } from './fetch-error-reason.js';
import { flowMessage } from './flow-message.js';

/** The drop-in's signals: written by the actions, read by the components. */
export interface CheckoutStore {
  state: Signal<CheckoutState>;
  configs: Signal<readonly GatewayConfiguration[]>;
  notice: Signal<Notice | null>;
  /** The locale's messages; `null` while its module loads (the drop-in shows its skeleton, in no language). */
  messages: Signal<Messages | null>;
  /** The tag for `lang` and `Intl` (`fr-CA`), which may be more precise than the messages (`fr`). */
  locale: Signal<string>;
  /** Reads `messages`, so a render that translates follows a change of locale. */
  t: Translate;
  /** The presentation options `update()` was last given (its locale is `locale`'s business). */
  view: Signal<UpdateOptions>;
  /** What the `aria-live` region says for the current state. */
  announcement: ReadonlySignal<string>;
  /** The saved-methods and pay-and-save views, once their module has loaded (see ../extras). */
  extra: Signal<Extra | null>;
  /** The invoice's amount as the provider named it beside the list (pay mode), else undefined. */
  invoice: Signal<InvoiceAmount | undefined>;
  /** That amount written for `locale` (`€12.00`), else undefined. */
  amount: ReadonlySignal<string | undefined>;
}

/** What the on-demand module renders: above the list, and below each method. */
export interface Extra {
  list(): unknown;
  row(config: GatewayConfiguration): unknown;
}

export function createCheckoutStore(): CheckoutStore {
  const state = signal<CheckoutState>({ kind: 'loading' });
  const configs = signal<readonly GatewayConfiguration[]>([]);
  const notice = signal<Notice | null>(null);
  const messages = signal<Messages | null>(null);
  const t: Translate = (key, params) => interpolate((messages.value ?? en)[key], params);
  const locale = signal('en');
  const invoice = signal<InvoiceAmount | undefined>(undefined);
  const amount = computed(() => {
    const value = invoice.value;
    return value && formatAmount(locale.value, value.amount, value.currency);
  });
  const announcement = computed(() =>
    messages.value ? announce(state.value, configs.value.length, notice.value, t, amount.value) : '',
  );
  return {
    state,
    configs,
    notice,
    messages,
    locale,
    view: signal<UpdateOptions>({}),
    t,
    announcement,
    extra: signal(null),
    invoice,
    amount,
  };
}

function announce(
  state: CheckoutState,
  count: number,
  notice: Notice | null,
  t: Translate,
  amount: string | undefined,
): string {
  switch (state.kind) {
    case 'loading':
      return t('loading');
    case 'ready':
      return notice ? t(notice.key, { name: notice.name }) : count === 0 ? t('empty') : '';
    case 'error':
      return `${t('fetchError')} ${t(fetchErrorReason(state.code))}`;
    default:
      return flowMessage(state, t, amount);
  }
}
