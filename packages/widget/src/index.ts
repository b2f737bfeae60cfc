/**
 * Public ESM surface of @paydrop/widget: named exports only, types exported
 * separately. `test/api/public-surface.test.ts` pins the runtime list.
 */
export { createClient } from './client/index.js';
export { Client } from './compat/index.js';
export {
  CanceledError,
  DeclinedError,
  GatewayUnavailableError,
  InvalidOptionsError,
  isPaydropError,
  NetworkError,
  PaydropError,
  PopupBlockedError,
  StateMismatchError,
  UnauthorizedError,
  ValidationError,
} from './errors/index.js';
export { handleReturn, resumeFlow } from './flow/index.js';

// The drop-in (`@paydrop/widget/ui`) and the custom element (`@paydrop/widget/element`) are
// entries of their own, so the headless core never pulls in Preact.

export type { CompatGatewayConfiguration, CompatTarget } from './compat/index.js';
export type { ResumedFlow } from './flow/index.js';
export type {
  ClientEvents,
  ClientOptions,
  ErrorCode,
  FlowMode,
  FlowOptions,
  GatewayConfiguration,
  GatewayFilter,
  InvoiceTarget,
  PaydropClient,
  PaySuccess,
  PopupBlockedFallback,
  ResolvedFlowMode,
  Result,
  ReturnOutcome,
  TokenizeSuccess,
  TokenTarget,
} from './types.js';
