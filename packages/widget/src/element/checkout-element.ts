import { isPaydropError, type PaydropError } from '../errors/index.js';
import type { GatewayConfiguration, PaySuccess, TokenizeSuccess } from '../types.js';
import { type MountedCheckout, mount } from '../ui/index.js';
import {
  liveAttributes,
  observedAttributes,
  optionsFromAttributes,
  presentationFromAttributes,
} from './attributes.js';

/** The element's events, each the `mount()` callback of the same name (`paydrop-ready` is `onReady`). */
export interface PaydropCheckoutEventMap {
  'paydrop-ready': CustomEvent<{ configs: readonly GatewayConfiguration[] }>;
  'paydrop-select': CustomEvent<{ config: GatewayConfiguration }>;
  'paydrop-cancel': CustomEvent<{ config: GatewayConfiguration }>;
  'paydrop-token': CustomEvent<TokenizeSuccess | PaySuccess>;
  'paydrop-error': CustomEvent<PaydropError>;
}

/** `<paydrop-checkout>` as TypeScript sees it: its events are typed on `addEventListener`. */
export interface PaydropCheckoutElement extends HTMLElement {
  /** With `customer-session`: called once when it expired, for a fresh one from your server. */
  refreshCustomerSession?: (() => Promise<string>) | undefined;
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
    #unmount: MountedCheckout | null = null;
    refreshCustomerSession?: (() => Promise<string>) | undefined;
    #pending = false;

    connectedCallback(): void {
      this.#remount();
    }

    disconnectedCallback(): void {
      this.#unmount?.();
      this.#unmount = null;
    }

    attributeChangedCallback(name: string): void {
      if (!this.isConnected || this.#pending) return;
      const mounted = this.#unmount;
      if (mounted && liveAttributes.includes(name)) {
        this.#reporting(() => mounted.update(presentationFromAttributes(this)));
        return;
      }
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
      // onReady → paydrop-ready, and so on for each callback.
      const callbacks: Record<string, (detail: unknown) => void> = {};
      for (const name of ['Ready', 'Select', 'Cancel', 'Token', 'Error'])
        callbacks[`on${name}`] = (detail) => this.#emit(`paydrop-${name.toLowerCase()}`, detail);
      const options = optionsFromAttributes(this, {
        ...callbacks,
        // Read when called: the page may set it after the element connected (unset: a rejection).
        refreshCustomerSession: async () => (this.refreshCustomerSession as () => Promise<string>)(),
      });
      this.#reporting(() => {
        this.#unmount = mount(this, options);
      });
    }

    /** Bad attributes: tell the page instead of throwing from a DOM callback. */
    #reporting(run: () => void): void {
      try {
        run();
      } catch (error) {
        if (!isPaydropError(error)) throw error;
        this.#emit('paydrop-error', error);
      }
    }

    #emit(type: string, detail: unknown): void {
      // composed: the events cross the shadow boundary to reach the page's listeners.
      this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    }
  };
}
