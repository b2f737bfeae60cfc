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

/** Attributes (camel-cased) that configure the client rather than the drop-in. */
const CLIENT_KEYS: readonly string[] = ['projectId', 'apiUrl', 'checkoutUrl', 'locale', 'mode'];

type Callbacks = Pick<MountOptions, 'onToken' | 'onError'>;

/**
 * Maps attributes to mount options (`customer-id` → `customerId`). Values are
 * passed through unchecked: `mount()` validates them and reports a typed error.
 */
export function optionsFromAttributes(element: Element, callbacks: Callbacks): MountOptions {
  const client: Record<string, string | undefined> = {};
  const options: Record<string, unknown> = { ...callbacks, client };
  for (const name of observedAttributes) {
    const key = name.replace(/-./g, (match) => (match[1] as string).toUpperCase());
    (CLIENT_KEYS.includes(key) ? client : options)[key] = element.getAttribute(name) || undefined;
  }
  client.projectId ??= '';
  options.mode = client.mode;
  return options as unknown as MountOptions;
}
