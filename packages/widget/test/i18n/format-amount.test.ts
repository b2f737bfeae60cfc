import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../src/i18n/index.js';

// Intl separates currency and digits with a no-break space in some locales.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('formatAmount', () => {
  it('writes the amount as the locale does, in the invoice currency', () => {
    expect(formatAmount('en', '24.00', 'EUR')).toBe('€24.00');
    expect(plain(formatAmount('fr-FR', '24.00', 'EUR'))).toBe('24,00 €');
    expect(plain(formatAmount('de-DE', '1234.5', 'EUR'))).toBe('1.234,50 €');
    expect(formatAmount('ja', '2400', 'JPY')).toBe('￥2,400');
  });

  it('shows the raw amount for a currency Intl refuses, instead of throwing', () => {
    expect(formatAmount('en', '5.00', 'NOT-A-CODE')).toBe('5.00 NOT-A-CODE');
  });
});
