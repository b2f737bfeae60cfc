import { expect, test } from 'vitest';
import {
  CanceledError,
  DeclinedError,
  errorForCode,
  GatewayUnavailableError,
  InvalidOptionsError,
  isPaydropError,
  NetworkError,
  PaydropError,
  PopupBlockedError,
  StateMismatchError,
  UnauthorizedError,
  ValidationError,
} from '../../src/errors/index.js';

const KINDS = [
  [CanceledError, 'CanceledError', 'customer.canceled'],
  [PopupBlockedError, 'PopupBlockedError', 'customer.popup-blocked'],
  [DeclinedError, 'DeclinedError', 'gateway.declined'],
  [GatewayUnavailableError, 'GatewayUnavailableError', 'gateway.unavailable'],
  [ValidationError, 'ValidationError', 'request.validation-error'],
  [UnauthorizedError, 'UnauthorizedError', 'request.unauthorized'],
  [NetworkError, 'NetworkError', 'network.error'],
  [StateMismatchError, 'StateMismatchError', 'return.state-mismatch'],
  [InvalidOptionsError, 'InvalidOptionsError', 'widget.invalid-options'],
] as const;

test.each(KINDS)(
  '%o has a literal name and its stable code, and keeps the cause',
  (ErrorClass, name, code) => {
    const cause = new Error('root');
    const error = new ErrorClass('message', { cause });
    expect(error).toBeInstanceOf(PaydropError);
    expect(error).toBeInstanceOf(Error);
    expect([error.name, error.code, error.message, error.cause]).toEqual([name, code, 'message', cause]);
    expect(String(error)).toBe(`${name}: message`);
  },
);

test.each(KINDS)('errorForCode builds %o from its code', (ErrorClass, _name, code) => {
  expect(errorForCode(code)).toBeInstanceOf(ErrorClass);
});

test('errorForCode turns an unknown code into GatewayUnavailableError', () => {
  const error = errorForCode('gateway.on-fire');
  expect(error.code).toBe('gateway.unavailable');
  expect(error.message).toContain('gateway.on-fire');
  expect(errorForCode('toString').code).toBe('gateway.unavailable');
});

test('isPaydropError recognises an error from another realm by name and code', () => {
  const foreign = Object.assign(new Error('x'), { name: 'DeclinedError', code: 'gateway.declined' });
  expect(isPaydropError(foreign)).toBe(true);
  expect(isPaydropError(new DeclinedError('x'))).toBe(true);
});

test('isPaydropError rejects plain errors and look-alikes with unknown codes', () => {
  expect(isPaydropError(new Error('x'))).toBe(false);
  expect(isPaydropError({ name: 'DeclinedError', code: 'nope' })).toBe(false);
  expect(isPaydropError(null)).toBe(false);
  expect(isPaydropError('gateway.declined')).toBe(false);
});
