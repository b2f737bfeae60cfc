import { CanceledError } from '../errors/canceled-error.js';
import { errorForCode } from '../errors/error-for-code.js';
import type { PaySuccess, Result, TokenizeSuccess } from '../types.js';
import type { Target } from './target.js';

/** What the provider page reported, before it is checked against the flow that started it. */
export interface RawOutcome {
  action: 'success' | 'canceled' | 'error';
  token?: string | undefined;
  code?: string | undefined;
}

export type FlowResult = Result<TokenizeSuccess | PaySuccess>;

const ACTIONS: readonly string[] = ['success', 'canceled', 'error'];
export const isAction = (value: unknown): value is RawOutcome['action'] => ACTIONS.includes(value as string);

export function toResult(outcome: RawOutcome, target: Target): FlowResult {
  if (outcome.action === 'canceled' || (outcome.action === 'error' && outcome.code === 'customer.canceled')) {
    return { error: new CanceledError('Canceled') };
  }
  const { token } = outcome;
  if (outcome.action === 'error' || !token) return { error: errorForCode(outcome.code) };
  return target.kind === 'token'
    ? { token, customerId: target.customerId, tokenId: target.tokenId }
    : { token, invoiceId: target.invoiceId };
}
