import type { MountOptions, UpdateOptions } from '../ui/index.js';

/** Attributes applied in place (`update()`): no new request, the flow kept. */
export const liveAttributes = ['locale', 'theme', 'hide-heading'];

/** Attributes `<paydrop-checkout>` reads; changing one that is not live re-mounts the drop-in. */
export const observedAttributes = [
  'project-id',
  'api-url',
  'checkout-url',
  'customer-id',
  'token-id',
  'invoice-id',
  'mode',
  'filter',
  'customer-session',
  ...liveAttributes,
];

/** The live attributes as `update()` takes them; `hide-heading` is a boolean attribute. */
export const presentationFromAttributes = (element: Element): UpdateOptions => ({
  locale: element.getAttribute('locale') || undefined,
  theme: (element.getAttribute('theme') || undefined) as UpdateOptions['theme'],
  hideHeading: element.hasAttribute('hide-heading'),
});

/**
 * Maps attributes to mount options (`customer-id` → `customerId`), the client
 * options among them. Values are passed through unchecked: `mount()`
 * validates them and reports a typed error; keys it does not know are ignored.
 */
export function optionsFromAttributes(element: Element, callbacks: object): MountOptions {
  const values: Record<string, string | undefined> = {};
  for (const name of observedAttributes) {
    values[name.replace(/-./g, (match) => (match[1] as string).toUpperCase())] =
      element.getAttribute(name) || undefined;
  }
  const { projectId = '', apiUrl, checkoutUrl, locale, mode } = values;
  return {
    ...values,
    ...presentationFromAttributes(element),
    ...callbacks,
    client: { projectId, apiUrl, checkoutUrl, locale, mode },
  } as MountOptions;
}
