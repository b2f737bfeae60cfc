import { describe, expect, it } from 'vitest';
import {
  accountKind,
  defaultAccount,
  gatewayFingerprint,
  maskAccount,
  normalizeAccount,
} from '../../src/sandbox/domain/apm-accounts.js';

describe('APM accounts and their fingerprints', () => {
  it('suggests the same account for the same customer every time, valid for its kind', () => {
    for (const kind of ['email', 'iban', 'phone'] as const) {
      const suggestion = defaultAccount(kind, 'cust_1', null);
      expect(defaultAccount(kind, 'cust_1', null)).toBe(suggestion);
      expect(defaultAccount(kind, 'cust_2', null)).not.toBe(suggestion);
      expect(normalizeAccount(kind, suggestion)).toBeDefined();
    }
    expect(defaultAccount('email', 'cust_1', 'ada@example.com')).toBe('ada@example.com');
  });

  it('knows which APMs log in with an e-mail, a bank account or a phone', () => {
    expect(accountKind('paypal')).toBe('email');
    expect(accountKind('bancontact')).toBe('iban');
    expect(accountKind('swish')).toBe('phone');
  });

  it('fingerprints per project and APM, never across them', () => {
    const account = 'ada@example.com';
    const fp = gatewayFingerprint('test-proj_a', 'paypal', account);
    expect(gatewayFingerprint('test-proj_a', 'paypal', account)).toBe(fp);
    expect(gatewayFingerprint('test-proj_b', 'paypal', account)).not.toBe(fp);
    expect(gatewayFingerprint('test-proj_a', 'klarna', account)).not.toBe(fp);
    expect(fp).not.toContain('ada');
  });

  it('masks all but what a shopper needs to recognise the account', () => {
    expect(maskAccount('email', 'john@example.com')).toBe('j…@example.com');
    expect(maskAccount('iban', 'BE71096123454821')).toBe('•••• 4821');
    expect(maskAccount('phone', '+46701234567')).toBe('•••• 4567');
  });
});
