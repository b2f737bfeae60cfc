import { computed, type ReadonlySignal, type Signal, signal } from '@preact/signals-core';
import type { Translate } from '../../i18n/index.js';
import type { GatewayConfiguration } from '../../types.js';
import type { CheckoutState, Notice } from './checkout-state.js';
import { flowMessage } from './flow-message.js';

/** The drop-in's signals: written by the actions, read by the components. */
export interface CheckoutStore {
  state: Signal<CheckoutState>;
  configs: Signal<readonly GatewayConfiguration[]>;
  notice: Signal<Notice | null>;
  /** What the `aria-live` region says for the current state. */
  announcement: ReadonlySignal<string>;
}

export function createCheckoutStore(t: Translate): CheckoutStore {
  const state = signal<CheckoutState>({ kind: 'loading' });
  const configs = signal<readonly GatewayConfiguration[]>([]);
  const notice = signal<Notice | null>(null);
  const announcement = computed(() => announce(state.value, configs.value.length, notice.value, t));
  return { state, configs, notice, announcement };
}

function announce(state: CheckoutState, count: number, notice: Notice | null, t: Translate): string {
  switch (state.kind) {
    case 'loading':
      return t('loading');
    case 'ready':
      return notice?.text ?? (count === 0 ? t('empty') : '');
    case 'error':
      return t('fetchError');
    default:
      return flowMessage(state, t);
  }
}
