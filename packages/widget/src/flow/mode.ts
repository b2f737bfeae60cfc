import type { FlowMode, ResolvedFlowMode } from '../types.js';

/**
 * In-app browsers (Instagram, Facebook/Messenger, Samsung Internet, LINE, …)
 * cannot bring the customer back from a popup or tab (see the APM seed), so
 * they get a full-page redirect. `Messenger` also matches WeChat's MicroMessenger.
 */
const IN_APP = /Instagram|FB[AI_]|Messenger|SamsungBrowser|\bLine\/|Snapchat|musical_ly/i;

export const resolveMode = (mode: FlowMode, userAgent: string): ResolvedFlowMode =>
  mode !== 'auto' ? mode : IN_APP.test(userAgent) ? 'redirect' : 'popup';
