import { createElement } from 'preact';
import { getJson } from '../client/request.js';
import type { H } from '../saved/index.js';
import type { CheckoutContext } from './models/checkout-context.js';
import { loadSavedMethods } from './on-demand.js';
import { signal } from './signals.js';

/**
 * Saved methods (with a customer session) and "Save … for future payments"
 * (an invoice with a blank token) come from a module loaded only then, so the
 * drop-in's main chunk stays small. It imports nothing: what it needs is
 * handed over here, so the script tag can load it as it loads a locale. A
 * module that cannot load leaves the drop-in as it is without them.
 */
export function loadExtras(ctx: CheckoutContext, alive: () => boolean): void {
  if (!ctx.customerSession && !(ctx.target.kind === 'invoice' && ctx.target.tokenId)) return;
  loadSavedMethods().then(
    (module) => {
      if (alive())
        ctx.store.extra.value = module.createExtras({ h: createElement as H, signal, getJson, ctx });
    },
    () => {},
  );
}
