import type { ClientOptions, FlowMode, GatewayFilter } from '../types.js';
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
 * Maps attributes to mount options. Values are passed through unchecked:
 * `mount()` validates them and reports a typed error.
 */
export function optionsFromAttributes(element: Element, callbacks: Callbacks): MountOptions {
  const read = (name: (typeof observedAttributes)[number]) => element.getAttribute(name) ?? undefined;
  const client: ClientOptions = { projectId: read('project-id') ?? '' };
  const apiUrl = read('api-url');
  const checkoutUrl = read('checkout-url');
  const locale = read('locale');
  const mode = read('mode') as FlowMode | undefined;
  if (apiUrl) client.apiUrl = apiUrl;
  if (checkoutUrl) client.checkoutUrl = checkoutUrl;
  if (locale) client.locale = locale;
  if (mode) client.mode = mode;
  return {
    client,
    customerId: read('customer-id'),
    tokenId: read('token-id'),
    invoiceId: read('invoice-id'),
    filter: read('filter') as GatewayFilter | undefined,
    mode,
    ...callbacks,
  };
}
