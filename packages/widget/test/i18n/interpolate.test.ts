import { describe, expect, it } from 'vitest';
import { createTranslator, en, interpolate } from '../../src/i18n/index.js';

describe('interpolate', () => {
  it('replaces named parameters and leaves unknown ones alone', () => {
    expect(interpolate('{name} declined, {who}', { name: 'PayPal' })).toBe('PayPal declined, {who}');
  });

  it('translates a key of the catalogue it was made with', () => {
    expect(createTranslator(en)('connected', { name: 'PayPal' })).toBe('PayPal connected');
  });
});
