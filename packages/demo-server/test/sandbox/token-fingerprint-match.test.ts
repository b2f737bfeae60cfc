import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configId, decide, startSandbox, type TestSandbox, tokenPagePath } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

async function customer(email = 'jane@example.com') {
  return (await t.api('POST', '/customers', { first_name: 'Jane', email, currency: 'EUR' })).body.customer;
}

/** One save: a fresh blank token, the hosted page approved with `account` (or its suggestion), then PUT. */
async function save(
  customerId: string,
  { gateway = 'paypal', account }: { gateway?: string; account?: string } = {},
) {
  const blank = (
    await t.api('POST', `/customers/${customerId}/tokens`, { return_url: 'https://shop.example/' })
  ).body.token;
  const page = tokenPagePath(t, customerId, blank.id, await configId(t, gateway));
  const decided = await decide(t, page, 'approve', undefined, account === undefined ? {} : { account });
  const source = decided.body.delivery.message.data ?? '';
  const saved = await t.api('PUT', `/customers/${customerId}/tokens/${blank.id}`, { source, verify: true });
  return { blank, source, saved };
}

describe('match or create when saving an APM account', () => {
  it('answers the existing token, flagged matched, when a customer saves the same account again', async () => {
    const jane = await customer();
    const first = await save(jane.id);
    expect(first.saved.body).toMatchObject({ success: true, matched: false });
    const fingerprint = first.saved.body.token.gateway_fingerprint;
    expect(fingerprint).toEqual(expect.any(String));

    const second = await save(jane.id);
    expect(second.saved.status).toBe(200);
    expect(second.saved.body).toMatchObject({ success: true, matched: true });
    expect(second.saved.body.token).toMatchObject({ id: first.blank.id, gateway_fingerprint: fingerprint });
    // The second blank token stays blank, and the customer has one saved PayPal token.
    const tokens = (await t.api('GET', `/customers/${jane.id}/tokens`)).body.tokens;
    expect(tokens.filter((tok) => tok.type === 'gateway_token').map((tok) => tok.id)).toEqual([
      first.blank.id,
    ]);
    expect(tokens.find((tok) => tok.id === second.blank.id)).toMatchObject({ type: 'pending' });
    // The gateway request was still spent.
    const replay = await t.api('PUT', `/customers/${jane.id}/tokens/${second.blank.id}`, {
      source: second.source,
    });
    expect(replay.body.error_type).toBe('gateway-request.already-used');
  });

  it('treats case and spacing as the same account', async () => {
    const jane = await customer();
    const first = await save(jane.id, { account: 'Jane.Doe@Example.com' });
    const second = await save(jane.id, { account: '  jane.doe@example.com ' });
    expect(second.saved.body).toMatchObject({ matched: true, token: { id: first.blank.id } });
    const iban = await save(jane.id, { gateway: 'bancontact', account: 'BE71 0961 2345 6769' });
    const again = await save(jane.id, { gateway: 'bancontact', account: 'be71096123456769' });
    expect(again.saved.body).toMatchObject({ matched: true, token: { id: iban.blank.id } });
  });

  it('creates a new token for another account, or the same login at another APM', async () => {
    const jane = await customer();
    const paypal = await save(jane.id, { account: 'jane@example.com' });
    const other = await save(jane.id, { account: 'jane.work@example.com' });
    const klarna = await save(jane.id, { gateway: 'klarna', account: 'jane@example.com' });
    expect(other.saved.body.matched).toBe(false);
    expect(klarna.saved.body.matched).toBe(false);
    const fingerprints = [paypal, other, klarna].map((s) => s.saved.body.token.gateway_fingerprint);
    expect(new Set(fingerprints).size).toBe(3);
  });

  it('gives another customer their own token, with the same fingerprint for the same account', async () => {
    const a = await save((await customer()).id, { account: 'shared@example.com' });
    const b = await save((await customer()).id, { account: 'shared@example.com' });
    expect(b.saved.body.matched).toBe(false);
    expect(b.saved.body.token.id).not.toBe(a.saved.body.token.id);
    expect(b.saved.body.token.gateway_fingerprint).toBe(a.saved.body.token.gateway_fingerprint);
  });

  it('does not match a deleted token', async () => {
    const jane = await customer();
    const first = await save(jane.id);
    await t.api('DELETE', `/customers/${jane.id}/tokens/${first.blank.id}`);
    const again = await save(jane.id);
    expect(again.saved.body).toMatchObject({
      matched: false,
      token: { id: again.blank.id, type: 'gateway_token' },
    });
  });

  it('masks the account in the token summary', async () => {
    const jane = await customer('jane@example.com');
    expect((await save(jane.id)).saved.body.token.summary).toBe('j…@example.com');
    const bank = await save(jane.id, { gateway: 'bancontact', account: 'BE71 0961 2345 4821' });
    expect(bank.saved.body.token.summary).toBe('•••• 4821');
    const swish = await t.api('POST', '/customers', { first_name: 'Sven', currency: 'SEK' });
    const phone = await save(swish.body.customer.id, { gateway: 'swish', account: '+46 70 123 45 67' });
    expect(phone.saved.body.token.summary).toBe('•••• 4567');
  });

  it('refuses an account of the wrong kind before minting anything', async () => {
    const jane = await customer();
    const blank = (
      await t.api('POST', `/customers/${jane.id}/tokens`, { return_url: 'https://shop.example/' })
    ).body.token;
    const page = tokenPagePath(t, jane.id, blank.id, await configId(t, 'bancontact'));
    const refused = await decide(t, page, 'approve', undefined, { account: 'jane@example.com' });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error_type: 'request.validation-error',
      invalid_fields: ['account'],
    });
  });
});
