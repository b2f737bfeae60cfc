import { styles } from './styles.js';

export interface ShadowHost {
  /** Where Preact renders. */
  container: HTMLElement;
  remove(): void;
}

/**
 * Renders into the element's shadow root (attaching an open one if it has
 * none) so the merchant's CSS and ours stay apart. Elements that cannot have
 * a shadow root (e.g. `<button>`) get the styles inline instead.
 */
export function createShadowHost(element: HTMLElement): ShadowHost {
  const root = element.shadowRoot ?? tryAttachShadow(element) ?? element;
  const style = document.createElement('style');
  style.textContent = styles;
  const container = document.createElement('div');
  root.append(style, container);
  return {
    container,
    remove() {
      style.remove();
      container.remove();
    },
  };
}

function tryAttachShadow(element: HTMLElement): ShadowRoot | null {
  try {
    return element.attachShadow({ mode: 'open' });
  } catch {
    return null;
  }
}
