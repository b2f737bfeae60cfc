import { isPaydropError, type PaydropError } from '../errors/index.js';
import type { PaySuccess, TokenizeSuccess } from '../types.js';
import { mount } from '../ui/index.js';
import { observedAttributes, optionsFromAttributes } from './attributes.js';

export interface PaydropCheckoutEventMap {
  'paydrop-token': CustomEvent<TokenizeSuccess | PaySuccess>;
  'paydrop-error': CustomEvent<PaydropError>;
}

/** `<paydrop-checkout>` as TypeScript sees it: its events are typed on `addEventListener`. */
export interface PaydropCheckoutElement extends HTMLElement {
  addEventListener<K extends keyof PaydropCheckoutEventMap>(
    type: K,
    listener: (this: PaydropCheckoutElement, event: PaydropCheckoutEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'paydrop-checkout': PaydropCheckoutElement;
  }
}

/**
 * Builds the element class on demand: `HTMLElement` does not exist during
 * server rendering, so the class cannot be declared at module scope.
 */
export function createCheckoutElementClass(): CustomElementConstructor {
  return class PaydropCheckoutElement extends HTMLElement {
    static observedAttributes = observedAttributes;
    #unmount: (() => void) | null = null;
    #pending = false;

    connectedCallback(): void {
      this.#remount();
    }

    disconnectedCallback(): void {
      this.#unmount?.();
      this.#unmount = null;
    }

    attributeChangedCallback(): void {
      if (!this.isConnected || this.#pending) return;
      // Setting several attributes in a row re-mounts once.
      this.#pending = true;
      queueMicrotask(() => {
        this.#pending = false;
        if (this.isConnected) this.#remount();
      });
    }

    #remount(): void {
      this.#unmount?.();
      this.#unmount = null;
      const options = optionsFromAttributes(this, {
        onToken: (result) => this.#emit('paydrop-token', result),
        onError: (error) => this.#emit('paydrop-error', error),
      });
      try {
        this.#unmount = mount(this, options);
      } catch (error) {
        // Bad attributes: tell the page instead of throwing from a DOM callback.
        if (!isPaydropError(error)) throw error;
        this.#emit('paydrop-error', error);
      }
    }

    #emit(type: keyof PaydropCheckoutEventMap, detail: unknown): void {
      // composed: the events cross the shadow boundary to reach the page's listeners.
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }
  };
}
