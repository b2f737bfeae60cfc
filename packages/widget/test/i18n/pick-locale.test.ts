import { describe, expect, it } from 'vitest';
import { en, pickLocale, registerLocale } from '../../src/i18n/index.js';

describe('pickLocale', () => {
  it('falls back from a region to its language, then to English', () => {
    expect(pickLocale('pt-BR', [])).toEqual({ catalogue: 'pt', locale: 'pt-BR' });
    expect(pickLocale('pt', [])).toEqual({ catalogue: 'pt', locale: 'pt' });
    expect(pickLocale('ko-KR', [])).toEqual({ catalogue: 'en', locale: 'en' });
  });

  it('takes the first of the browser languages it speaks when none is asked for', () => {
    expect(pickLocale(undefined, ['ko-KR', 'de-CH', 'fr'])).toEqual({ catalogue: 'de', locale: 'de-CH' });
    expect(pickLocale(undefined, [])).toEqual({ catalogue: 'en', locale: 'en' });
  });

  it('prefers the locale asked for over the browser languages', () => {
    expect(pickLocale('ja', ['fr-FR'])).toEqual({ catalogue: 'ja', locale: 'ja' });
  });

  it('matches tags whatever their case', () => {
    expect(pickLocale('ZH-cn', [])).toEqual({ catalogue: 'zh', locale: 'ZH-cn' });
  });

  it('uses a registered regional catalogue before the language one', () => {
    registerLocale('pt-PT', { ...en, retry: 'Tentar de novo' });
    expect(pickLocale('pt-PT', []).catalogue).toBe('pt-pt');
    expect(pickLocale('pt-BR', []).catalogue).toBe('pt');
  });

  it('can add a language Paydrop does not ship', () => {
    registerLocale('ko', { ...en, retry: '다시 시도' });
    expect(pickLocale(undefined, ['ko-KR'])).toEqual({ catalogue: 'ko', locale: 'ko-KR' });
  });
});
