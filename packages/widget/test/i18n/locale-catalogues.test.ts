import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en, LOCALE_TAGS, type Messages } from '../../src/i18n/index.js';
import { localeLoaders } from '../../src/i18n/locale-loaders.js';

const placeholders = (text: string) => [...text.matchAll(/\{\w+\}/g)].map(([match]) => match).sort();
// Not `new URL(…, import.meta.url)`: happy-dom's URL resolves against its page, not the file.
const localesDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/i18n/locales');
const files = readdirSync(localesDir).map((file) => file.replace(/\.ts$/, ''));

describe('locale catalogues', () => {
  it('ships a module for every listed locale and lists every module', () => {
    expect([...LOCALE_TAGS].sort()).toEqual(files.sort());
    expect(LOCALE_TAGS.length).toBeGreaterThanOrEqual(11);
  });

  describe.each(LOCALE_TAGS)('%s', (tag) => {
    const load = async (): Promise<Messages> => (await localeLoaders[tag]()).default;

    it('has exactly the keys English has', async () => {
      expect(Object.keys(await load()).sort()).toEqual(Object.keys(en).sort());
    });

    it('keeps every placeholder of the English message, and translates it', async () => {
      const messages = await load();
      for (const [key, english] of Object.entries(en)) {
        const text = messages[key as keyof Messages];
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(english));
      }
      // Copies of English left in by mistake: only a few short words may coincide.
      const same = Object.keys(en).filter(
        (key) => messages[key as keyof Messages] === en[key as keyof Messages],
      );
      expect(same.length, `${same}`).toBeLessThanOrEqual(2);
    });
  });
});
