import type { FlowMode } from '@paydrop/widget';
import { mount } from '@paydrop/widget/ui';
import { sessionOptions } from './account.js';
import { $ } from './dom.js';

type MountOptions = Parameters<typeof mount>[1];

const modeKey = 'paydrop-demo-mode';
let unmount: (() => void) | undefined;
let generation = 0;

/** How the provider page opens: `?mode=` wins, then the sandbox controls' last choice. */
export function selectedMode(): FlowMode {
  const fromUrl = new URLSearchParams(location.search).get('mode');
  return (fromUrl ?? localStorage.getItem(modeKey) ?? 'auto') as FlowMode;
}

export function rememberMode(mode: string) {
  localStorage.setItem(modeKey, mode);
}

/**
 * Starts showing a new checkout. The returned check tells an async caller
 * whether it is still the latest, so a slow answer cannot mount over a newer choice.
 */
export function beginCheckout(): () => boolean {
  const mine = ++generation;
  return () => mine === generation;
}

let shown: Omit<MountOptions, 'mode'> | undefined;

/**
 * Mounts the drop-in in #paydrop, replacing the one shown before. A signed-in
 * shopper's gets their customer session, so it lists their saved methods.
 */
export function mountWidget(options: Omit<MountOptions, 'mode'>) {
  unmountWidget();
  shown = options;
  // The card has its own "Payment method" heading: one heading, not two.
  unmount = mount($('paydrop'), { ...options, ...sessionOptions(), mode: selectedMode(), hideHeading: true });
}

/** Mounts the shown drop-in again (its saved methods changed from the page); the list comes from cache. */
export function remountWidget() {
  if (shown && unmount) mountWidget(shown);
}

export function unmountWidget() {
  unmount?.();
  unmount = undefined;
  shown = undefined;
}
