import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.js';
import { createTranslator, en, interpolate, registerLocale } from '../../src/i18n/index.js';

describe('translate', () => {
  it('interpolates named parameters and leaves unknown ones alone', () => {
    expect(interpolate('{name} declined, {who}', { name: 'PayPal' })).toBe('PayPal declined, {who}');
  });

  it('falls back to English for an unknown locale', () => {
    expect(createTranslator('xx-YY')('connected', { name: 'PayPal' })).toBe('PayPal connected');
    expect(createTranslator(undefined)('retry')).toBe('Retry');
  });

  it('uses a registered locale, also for its regional variants', () => {
    registerLocale('fr', fr);
    expect(createTranslator('fr')('retry')).toBe('Réessayer');
    expect(createTranslator('fr-CA')('connected', { name: 'PayPal' })).toBe('PayPal connecté');
  });

  it('has a French message for every English key', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });
});
