import { render } from 'preact';
import { Checkout } from './components/Checkout.js';
import { keepingFocus } from './components/focus.js';
import { createCheckoutModel } from './models/checkout-model.js';
import { checkUpdate, type MountOptions, resolveMountOptions, type UpdateOptions } from './mount-options.js';
import { createShadowHost } from './shadow-host.js';
import { effect } from './signals.js';

/**
 * The mounted drop-in. Calling it unmounts (as `unmount()` does) and aborts any
 * request or flow still running.
 */
export interface MountedCheckout {
  (): void;
  unmount(): void;
  /**
   * Changes the locale, theme or heading in place: no new request, the flow and its state kept.
   * Throws `InvalidOptionsError` for bad values.
   */
  update(options: UpdateOptions): void;
}

/**
 * Renders the drop-in checkout into `element` (inside its shadow root).
 * Throws `InvalidOptionsError` for bad options. Returns the cleanup (with
 * `update()` on it), which unmounts and aborts any request or flow still running.
 * @example
 * const checkout = mount(document.querySelector('#pay'), {
 *   client: { projectId: 'test-proj_…' },
 *   customerId: 'cust_…',
 *   tokenId: 'tok_…',
 *   onToken: ({ token }) => fetch('/save-token', { method: 'POST', body: token }),
 * });
 * checkout.update({ theme: 'dark' });
 */
export function mount(element: HTMLElement, options: MountOptions): MountedCheckout {
  const resolved = resolveMountOptions(element, options);
  const model = createCheckoutModel(resolved);
  // The requests go out before anything is rendered: their round trips overlap the first paint.
  model.load();
  const { locale, theme, hideHeading } = options;
  model.update({ locale, theme, hideHeading });
  const host = createShadowHost(element);
  const disconnect = model.connect();
  let listed: unknown;
  // One effect re-renders the (small) tree when any signal it read changes: this
  // needs only a few signals (./signals.ts), not the Preact integration and hooks.
  const stop = effect(() => {
    keepingFocus(host.container, () => render(<Checkout model={model} />, host.container));
    // Each load's list is news once, when it is on screen (in its language).
    const configs = model.configs.value;
    if (model.state.value.kind === 'ready' && model.messages.value && listed !== configs) {
      listed = configs;
      resolved.onReady?.({ configs });
    }
  });
  let mounted = true;
  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    stop();
    disconnect();
    render(null, host.container);
    host.remove();
  };
  return Object.assign(unmount, {
    unmount,
    update: (next: UpdateOptions) => model.update(checkUpdate(next)),
  });
}
