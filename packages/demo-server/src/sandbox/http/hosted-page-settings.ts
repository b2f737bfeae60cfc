import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';

/**
 * How the sandbox's hosted APM pages behave, to rehearse what real provider
 * pages do: `coop` sends `Cross-Origin-Opener-Policy: same-origin` (the
 * opener can no longer see or message the window), `closeWithoutMessage`
 * closes a popup after Approve without posting the result (as a shopper who
 * closes it at that moment). Defaults come from `PAYDROP_HOSTED_PAGE`; a
 * browser overrides them with a cookie (`PUT /hosted-page-settings`), so
 * tests in parallel browser contexts each choose their own.
 */
export interface HostedPageSettings {
  coop: boolean;
  closeWithoutMessage: boolean;
}

export const HOSTED_PAGE_COOKIE = 'paydrop_hosted_page';

const FLAGS = { coop: 'coop', closeWithoutMessage: 'close-without-message' } as const;

/** `coop,close-without-message` → both on; `none` or '' → both off; unknown words are ignored. */
export function parseHostedPageSettings(value: string): HostedPageSettings {
  const words = new Set(value.split(',').map((word) => word.trim()));
  return { coop: words.has(FLAGS.coop), closeWithoutMessage: words.has(FLAGS.closeWithoutMessage) };
}

export function formatHostedPageSettings(settings: HostedPageSettings): string {
  const words = (Object.keys(FLAGS) as (keyof typeof FLAGS)[]).filter((key) => settings[key]);
  return words.map((key) => FLAGS[key]).join(',') || 'none';
}

/** The browser's choice if it made one, else the sandbox's defaults. */
export function hostedPageSettings(c: Context, defaults: HostedPageSettings): HostedPageSettings {
  const cookie = getCookie(c, HOSTED_PAGE_COOKIE);
  return cookie === undefined ? defaults : parseHostedPageSettings(cookie);
}
