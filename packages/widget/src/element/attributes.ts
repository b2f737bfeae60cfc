import type { MountOptions } from '../ui/index.js';

/** Attributes `<paydrop-checkout>` reads; changing any of them re-mounts the drop-in. */
export const observedAttributes = [
  'project-id',
  'api-url',
  'checkout-url',
  'customer-id',
  'token-id',
  'invoice-id',
  'mode',
  'locale',
  'filter',
] as const;

type Callbacks = Pick<MountOptions, 'onToken' | 'onError'>;

/**
 * Maps attributes to mount options (`customer-id` → `customerId`), the client
 * options among them. Values are passed through unchecked: `mount()`
 * validates them and reports a typed error; keys it does not know are ignored.
 */
export function optionsFromAttributes(element: Element, callbacks: Callbacks): MountOptions {
  const values: Record<string, string | undefined> = {};
  for (const name of observedAttributes) {
    values[name.replace(/-./g, (match) => (match[1] as string).toUpperCase())] =
      element.getAttribute(name) || undefined;
  }
  const { projectId = '', apiUrl, checkoutUrl, locale, mode } = values;
  return {
    ...values,
    ...callbacks,
    client: { projectId, apiUrl, checkoutUrl, locale, mode },
  } as MountOptions;
}
