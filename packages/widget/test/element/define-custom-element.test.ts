import { describe, expect, it } from 'vitest';

describe('defineCustomElement', () => {
  it('registers nothing on import and the tag once however often it is called', async () => {
    const { defineCustomElement } = await import('../../src/element/index.js');
    expect(customElements.get('paydrop-checkout')).toBeUndefined();
    defineCustomElement();
    const first = customElements.get('paydrop-checkout');
    expect(first).toBeDefined();
    defineCustomElement();
    expect(customElements.get('paydrop-checkout')).toBe(first);
  });

  it('registers under another tag name when asked', async () => {
    const { defineCustomElement } = await import('../../src/element/index.js');
    defineCustomElement('acme-checkout');
    expect(customElements.get('acme-checkout')).toBeDefined();
  });

  it('does nothing where custom elements do not exist, as during server rendering', async () => {
    const { defineCustomElement } = await import('../../src/element/index.js');
    const registry = globalThis.customElements;
    Reflect.deleteProperty(globalThis, 'customElements');
    try {
      expect(() => defineCustomElement('ssr-checkout')).not.toThrow();
    } finally {
      Object.defineProperty(globalThis, 'customElements', {
        value: registry,
        configurable: true,
        writable: true,
      });
    }
  });
});
