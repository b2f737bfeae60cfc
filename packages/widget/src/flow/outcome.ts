import { errorForCode } from '../errors/error-for-code.js';
import type { PaySuccess, Result, TokenizeSuccess } from '../types.js';
import type { Target } from './target.js';

/**
 * What the provider page reported, as it came (message, return URL, relay,
 * or stored by a return page): `token` and `code` are checked once, by `toResult`.
 */
export interface RawOutcome {
  action: 'success' | 'canceled' | 'error';
  token?: unknown;
  code?: unknown;
}

export type FlowResult = Result<TokenizeSuccess | PaySuccess>;

const ACTIONS: readonly string[] = ['success', 'canceled', 'error'];
export const isAction = (value: unknown): value is RawOutcome['action'] => ACTIONS.includes(value as string);

/** A `canceled` action and a `customer.canceled` error code mean the same; anything but a token is an error. */
export const toResult = ({ action, token, code }: RawOutcome, target: Target): FlowResult =>
  action !== 'success' || typeof token !== 'string' || !token
    ? { error: errorForCode(action === 'canceled' ? 'customer.canceled' : String(code)) }
    : target.kind === 'token'
      ? { token, customerId: target.customerId, tokenId: target.tokenId }
      : { token, invoiceId: target.invoiceId };
