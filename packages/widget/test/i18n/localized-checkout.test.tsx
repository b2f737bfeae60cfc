import { afterEach, describe, expect, it, vi } from 'vitest';
import { en, registerLocale } from '../../src/i18n/index.js';
import { createFakeClient } from '../ui/fake-client.js';
import { renderCheckout, shown } from '../ui/render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

/** A client with no locale of its own, as `createClient()` makes when given none. */
function clientWithoutLocale() {
  const fake = createFakeClient();
  fake.fake.locale = undefined as unknown as string;
  return fake.client;
}

describe('localized drop-in', () => {
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('loads the locale given to mount on demand and speaks it', async () => {
    const { screen, root } = renderCheckout({ client: clientWithoutLocale(), ...target, locale: 'fr' });
    // Nothing in the wrong language while the French module loads.
    expect(root.textContent).not.toContain(en.heading);
    expect(await screen.findByText('Choisissez un moyen de paiement', shown)).toBeTruthy();
    expect(root.querySelector('.pd')?.getAttribute('lang')).toBe('fr');
  });

  it('follows the browser languages when no locale is given', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ko-KR', 'pt-BR', 'en']);
    const { screen, root } = renderCheckout({ client: clientWithoutLocale(), ...target });
    expect(await screen.findByText('Escolha uma forma de pagamento', shown)).toBeTruthy();
    // The messages are Portuguese; `lang` keeps the region for screen readers and Intl.
    expect(root.querySelector('.pd')?.getAttribute('lang')).toBe('pt-BR');
  });

  it('falls back to English for a locale it does not speak', async () => {
    const { screen, root } = renderCheckout({ client: clientWithoutLocale(), ...target, locale: 'ko' });
    expect(await screen.findByText(en.heading, shown)).toBeTruthy();
    expect(root.querySelector('.pd')?.getAttribute('lang')).toBe('en');
  });

  it('uses the client locale when mount is given none', async () => {
    const fake = createFakeClient();
    fake.fake.locale = 'de-AT';
    const { screen } = renderCheckout({ client: fake.client, ...target });
    expect(await screen.findByText('Zahlungsmethode wählen', shown)).toBeTruthy();
  });

  it('lays Arabic out right to left', async () => {
    const { screen, root } = renderCheckout({ client: clientWithoutLocale(), ...target, locale: 'ar' });
    expect(await screen.findByText('اختر طريقة الدفع', shown)).toBeTruthy();
    expect(root.querySelector('.pd')?.getAttribute('dir')).toBe('rtl');
  });

  it('leaves the direction to the page for left-to-right locales', async () => {
    const { screen, root } = renderCheckout({ client: clientWithoutLocale(), ...target, locale: 'fr' });
    await screen.findByText('Choisissez un moyen de paiement', shown);
    expect(root.querySelector('.pd')?.hasAttribute('dir')).toBe(false);
  });

  it('speaks a registered catalogue at once, before the one Paydrop ships', async () => {
    registerLocale('sv-FI', { ...en, heading: 'Välj betalningssätt' });
    const { screen } = renderCheckout({ client: clientWithoutLocale(), ...target, locale: 'sv-FI' });
    expect(await screen.findByText('Välj betalningssätt', shown)).toBeTruthy();
  });
});
