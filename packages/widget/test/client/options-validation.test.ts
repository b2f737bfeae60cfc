import { expect, test } from 'vitest';
import { createClient } from '../../src/client/create-client.js';
import { InvalidOptionsError } from '../../src/errors/invalid-options-error.js';
import type { ClientOptions } from '../../src/types.js';

const create = (options: unknown) => () => createClient(options as ClientOptions);

test('applies the documented defaults', () => {
  const client = createClient({ projectId: 'test-proj_abc' });
  expect(client).toMatchObject({
    projectId: 'test-proj_abc',
    apiUrl: 'http://127.0.0.1:4010',
    checkoutUrl: 'http://127.0.0.1:4010',
  });
  // No locale: the drop-in follows the shopper's browser languages.
  expect(client.locale).toBeUndefined();
});

test('uses apiUrl as checkoutUrl by default and drops trailing slashes', () => {
  const client = createClient({
    projectId: 'test-proj_abc',
    apiUrl: 'https://api.example/v1/',
    locale: 'fr',
  });
  expect([client.apiUrl, client.checkoutUrl, client.locale]).toEqual([
    'https://api.example/v1',
    'https://api.example/v1',
    'fr',
  ]);
});

test('shows the expected call in the message of an invalid-options error', () => {
  expect(create(undefined)).toThrow(
    /Expected createClient\(\{ projectId: 'test-proj_…', apiUrl\?, checkoutUrl\?/,
  );
});

test.each([
  ['a missing projectId', {}, /projectId must be your public project ID/],
  ['a secret key as projectId', { projectId: 'key_sandbox_abc' }, /projectId must be your public project ID/],
  ['a relative apiUrl', { projectId: 'p', apiUrl: '/api' }, /apiUrl must be an http\(s\) URL/],
  [
    'a javascript: checkoutUrl',
    { projectId: 'p', checkoutUrl: 'javascript:alert(1)' },
    /checkoutUrl must be/,
  ],
  [
    'an unknown mode',
    { projectId: 'p', mode: 'iframe' },
    /mode must be one of auto, popup, redirect, new-tab/,
  ],
  ['an unknown popupBlocked', { projectId: 'p', popupBlocked: 'ignore' }, /popupBlocked must be one of/],
  ['an empty locale', { projectId: 'p', locale: '' }, /locale must be/],
])('rejects %s with InvalidOptionsError', (_case, options, message) => {
  expect(create(options)).toThrow(InvalidOptionsError);
  expect(create(options)).toThrow(message);
});

test('tokenize() throws InvalidOptionsError for a missing token id, before opening anything', () => {
  const client = createClient({ projectId: 'p' });
  const config = { id: 'gway_conf_1' } as Parameters<typeof client.tokenize>[0];
  expect(() => client.tokenize(config, { customerId: 'cust_1' } as never)).toThrow(
    /Expected tokenize\(config, \{ customerId: 'cust_…', tokenId: 'tok_…'/,
  );
});

test('pay() throws InvalidOptionsError for a config that is not one', () => {
  const client = createClient({ projectId: 'p' });
  expect(() => client.pay(null as never, { invoiceId: 'iv_1' })).toThrow(
    /config must be a gateway configuration/,
  );
});
