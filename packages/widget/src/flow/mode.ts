import type { FlowMode, ResolvedFlowMode } from '../types.js';

/**
 * In-app browsers (Instagram, Facebook/Messenger, Samsung Internet, LINE, …)
 * cannot bring the customer back from a popup or tab (see the APM seed), so
 * they get a full-page redirect.
 */
const IN_APP =
  /Instagram|FBAN|FBAV|FB_IAB|FBIOS|Messenger|SamsungBrowser|\bLine\/|MicroMessenger|Snapchat|musical_ly/i;

export const isInAppBrowser = (userAgent: string): boolean => IN_APP.test(userAgent);

export function resolveMode(mode: FlowMode, userAgent: string): ResolvedFlowMode {
  if (mode !== 'auto') return mode;
  return isInAppBrowser(userAgent) ? 'redirect' : 'popup';
}
