import { styles } from './styles.js';

export interface ShadowHost {
  /** Where Preact renders. */
  container: HTMLElement;
  remove(): void;
}

/**
 * Renders into the element's shadow root (attaching an open one if it has
 * none) so the merchant's CSS and ours stay apart. The styles go in as a
 * constructable stylesheet, which a Content-Security-Policy without
 * `'unsafe-inline'` allows (a `<style>` element it blocks): payment pages
 * are where strict policies are most common. Elements that cannot have a
 * shadow root (e.g. `<button>`) get a `<style>` element instead.
 */
export function createShadowHost(element: HTMLElement): ShadowHost {
  const shadow = element.shadowRoot ?? tryAttachShadow(element);
  const sheet = shadow ? adoptStyles(shadow) : undefined;
  const container = document.createElement('div');
  const nodes: HTMLElement[] = [container];
  if (!sheet) {
    const style = document.createElement('style');
    style.textContent = styles;
    nodes.unshift(style);
  }
  (shadow ?? element).append(...nodes);
  return {
    container,
    remove() {
      if (shadow && sheet) shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
      for (const node of nodes) node.remove();
    },
  };
}

function adoptStyles(shadow: ShadowRoot): CSSStyleSheet | undefined {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
    return sheet;
  } catch {
    // Safari before 16.4 has no constructable stylesheets.
    return undefined;
  }
}

function tryAttachShadow(element: HTMLElement): ShadowRoot | null {
  try {
    return element.attachShadow({ mode: 'open' });
  } catch {
    return null;
  }
}
