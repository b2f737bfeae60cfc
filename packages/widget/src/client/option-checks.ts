import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import type { FlowMode, GatewayFilter } from '../types.js';

/** The values each API accepts, shared so the engine and the drop-in cannot drift apart. */
export const MODES: readonly FlowMode[] = ['auto', 'popup', 'redirect', 'new-tab'];
export const FILTERS: readonly GatewayFilter[] = [
  'alternative-payment-methods',
  'alternative-payment-methods-with-tokenization',
  'card-payments',
];

/** Throws an error whose message shows the expected call, so the fix is obvious from the console. */
export function invalidOptions(problem: string, shape: string): never {
  throw new InvalidOptionsError(`${problem}. Expected ${shape}`);
}

/** Throws unless `ok`: the one shape of every option check, so each costs a condition and a sentence. */
export const check = (ok: unknown, problem: string, shape: string): void => {
  if (!ok) invalidOptions(problem, shape);
};

/** `undefined` passes through (the caller applies its default); anything not in `allowed` is rejected. */
export function oneOf<T>(value: unknown, allowed: readonly T[], key: string, shape: string): T | undefined {
  check(
    value === undefined || allowed.includes(value as T),
    `${key} must be one of ${allowed.join(', ')}`,
    shape,
  );
  return value as T | undefined;
}
