import { render } from 'preact';
import { Checkout } from './components/Checkout.js';
import { keepingFocus } from './components/focus.js';
import { createCheckoutModel } from './models/checkout-model.js';
import { type MountOptions, resolveMountOptions } from './mount-options.js';
import { createShadowHost } from './shadow-host.js';
import { effect } from './signals.js';

/**
 * Renders the drop-in checkout into `element` (inside its shadow root).
 * Throws `InvalidOptionsError` for bad options. Returns the cleanup, which
 * unmounts and aborts any request or flow still running.
 * @example
 * const unmount = mount(document.querySelector('#pay'), {
 *   client: { projectId: 'test-proj_…' },
 *   customerId: 'cust_…',
 *   tokenId: 'tok_…',
 *   onToken: ({ token }) => fetch('/save-token', { method: 'POST', body: token }),
 * });
 */
export function mount(element: HTMLElement, options: MountOptions): () => void {
  const resolved = resolveMountOptions(element, options);
  const model = createCheckoutModel(resolved);
  // The requests go out before anything is rendered: their round trips overlap the first paint.
  model.load();
  model.setLocale(options.locale ?? resolved.client.locale);
  const host = createShadowHost(element);
  const disconnect = model.connect();
  // One effect re-renders the (small) tree when any signal it read changes: this
  // needs only a few signals (./signals.ts), not the Preact integration and hooks.
  const stop = effect(() =>
    keepingFocus(host.container, () => render(<Checkout model={model} />, host.container)),
  );
  let mounted = true;
  return () => {
    if (!mounted) return;
    mounted = false;
    stop();
    disconnect();
    render(null, host.container);
    host.remove();
  };
}
