import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readToken, submit } from './checkout-session-helpers.js';
import { startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

/** The Smartpay token guide's request body, verbatim (its own auth header aside). */
const seedBody = {
  cancelUrl: 'https://mystore.jp/cancel',
  customerInfo: {
    accountAge: 30,
    address: {
      line1: '虎ノ門1-17-1',
      line2: '虎ノ門ヒルズビジネスタワー 15階',
      locality: '港区',
      administrativeArea: '東京都',
      postalCode: '105-6415',
      country: 'JP',
    },
    dateOfBirth: '2019-08-24',
    emailAddress: 'john@example.com',
    firstName: 'John',
    firstNameKana: 'ドエ',
    lastName: 'Doe',
    lastNameKana: 'ドエ',
    legalGender: 'male',
    phoneNumber: '+818000000000',
    reference: 'string',
  },
  locale: 'ja',
  mode: 'token',
  reference: 'my_merchant_token_reference',
  successUrl: 'https://mystore.jp/success',
  tokenType: 'recurring',
};

describe('the Smartpay token-mode guide against the sandbox', () => {
  it('accepts the guide’s camelCase request and returns the token id at creation', async () => {
    const res = await t.api('POST', '/checkout-sessions', seedBody);
    expect(res.status).toBe(200);
    const session = res.body.checkout_session;
    expect(session).toMatchObject({
      mode: 'token',
      status: 'open',
      locale: 'ja',
      success_url: 'https://mystore.jp/success',
      cancel_url: 'https://mystore.jp/cancel',
      token_id: expect.stringMatching(/^tok_/),
      metadata: { reference: 'my_merchant_token_reference' },
    });
    const customer = (await t.api('GET', `/customers/${session.customer_id}`)).body.customer;
    expect(customer).toMatchObject({ first_name: 'John', last_name: 'Doe', email: 'john@example.com' });
  });

  it('activates the token on confirm and leaves it inactive on cancel, as the guide describes', async () => {
    const confirmed = (await t.api('POST', '/checkout-sessions', seedBody)).body.checkout_session;
    const html = await (await fetch(String(confirmed.url))).text();
    const firstMethod = /name="gateway_configuration_id" value="([^"]+)" checked/.exec(html)?.[1];
    const done = await submit(t, confirmed, 'confirm', firstMethod);
    expect(done.location).toBe(`https://mystore.jp/success?checkout_session_id=${confirmed.id}`);
    expect(await readToken(t, confirmed)).toMatchObject({ type: 'gateway_token', is_chargeable: true });

    const canceled = (await t.api('POST', '/checkout-sessions', seedBody)).body.checkout_session;
    const back = await submit(t, canceled, 'cancel');
    expect(back.location).toBe(`https://mystore.jp/cancel?checkout_session_id=${canceled.id}`);
    expect(await readToken(t, canceled)).toMatchObject({ type: 'pending', is_chargeable: false });
  });

  it('lets snake_case win when both spellings are sent', async () => {
    const res = await t.api('POST', '/checkout-sessions', {
      ...seedBody,
      success_url: 'https://mystore.jp/ok',
    });
    expect(res.body.checkout_session.success_url).toBe('https://mystore.jp/ok');
  });
});
