import { afterEach, describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/fr.js';
import { registerLocale } from '../../src/ui/index.js';
import { createFakeClient } from '../ui/fake-client.js';
import { renderCheckout, shown } from '../ui/render-checkout.js';

const target = { customerId: 'cust_1', tokenId: 'tok_1' };

describe('localized drop-in', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  it('speaks the locale given to mount once it is registered', async () => {
    registerLocale('fr', fr);
    const { client } = createFakeClient([]);
    const { screen } = renderCheckout({ client, ...target, locale: 'fr' });
    expect(await screen.findByText('Aucun moyen de paiement disponible', shown)).toBeTruthy();
  });

  it('falls back to English for a locale nobody registered', async () => {
    const { client } = createFakeClient([]);
    const { screen } = renderCheckout({ client, ...target, locale: 'de-DE' });
    expect(await screen.findByText('No payment methods available', shown)).toBeTruthy();
  });

  it('uses the client locale when mount is given none', async () => {
    registerLocale('fr', fr);
    const fake = createFakeClient([]);
    fake.fake.locale = 'fr-FR';
    const { screen } = renderCheckout({ client: fake.client, ...target });
    expect(await screen.findByText('Aucun moyen de paiement disponible', shown)).toBeTruthy();
  });
});
