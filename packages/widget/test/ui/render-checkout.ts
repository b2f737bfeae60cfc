import { within } from '@testing-library/preact';
import { type MountOptions, mount } from '../../src/ui/index.js';

/** Mounts the drop-in into a fresh element and returns queries scoped to its shadow root. */
export function renderCheckout(options: MountOptions) {
  const element = document.createElement('div');
  document.body.append(element);
  const unmount = mount(element, options);
  const root = element.shadowRoot;
  if (!root) throw new Error('mount() did not attach a shadow root');
  // Query the container Preact renders into: testing-library cannot print a ShadowRoot on failure.
  const container = root.lastElementChild;
  if (!(container instanceof HTMLElement)) throw new Error('mount() rendered nothing');
  const screen = within(container);
  const status = () => root.querySelector('[role="status"]')?.textContent ?? '';
  return { element, root, screen, status, unmount };
}

/** Text queries on what is shown, leaving out the status region that repeats it for screen readers. */
export const shown = { ignore: '.pd-sr, script, style' };
