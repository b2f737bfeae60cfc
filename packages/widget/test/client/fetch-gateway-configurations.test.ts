import { HttpResponse, http, type JsonBodyType } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { createClient } from '../../src/client/create-client.js';

const API = 'http://sandbox.test';
const conf = (id: string, enabled: boolean) => ({
  id,
  name: id,
  enabled,
  default_currency: 'EUR',
  gateway: { name: 'demo', display_name: `Demo ${id}`, logo_url: '', flows: ['one-off'] },
});
const requests: Request[] = [];
const server = setupServer(
  http.get(`${API}/gateway-configurations`, ({ request }) => {
    requests.push(request);
    return HttpResponse.json({ success: true, gateway_configurations: [conf('a', true), conf('b', false)] });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  requests.length = 0;
});
afterAll(() => server.close());

// The list is cached per page and keyed by project, so each test gets a project of its own.
let projectId = '';
let tests = 0;
beforeEach(() => {
  tests += 1;
  projectId = `test-proj_${tests}`;
});
const client = () => createClient({ projectId, apiUrl: API });
const target = { customerId: 'cust_1', tokenId: 'tok_1' };
const fail = (status: number, body: JsonBodyType) =>
  server.use(http.get(`${API}/gateway-configurations`, () => HttpResponse.json(body, { status })));

test('returns only the enabled configurations', async () => {
  const list = await client().fetchGatewayConfigurations(target);
  expect(list.map((c) => c.id)).toEqual(['a']);
});

test('hands over the invoice’s amount the provider names beside the list, as it came (the drop-in checks it)', async () => {
  server.use(
    http.get(`${API}/gateway-configurations`, () =>
      HttpResponse.json({
        success: true,
        gateway_configurations: [conf('a', true)],
        invoice: { amount: '12.00', currency: 'EUR' },
      }),
    ),
  );
  const list = await client().fetchGatewayConfigurations({ invoiceId: 'iv_1' });
  expect(list.map((c) => c.id)).toEqual(['a']);
  expect(list.invoice).toEqual({ amount: '12.00', currency: 'EUR' });
  // Without one (a token, or a provider that does not name it), there is none.
  server.resetHandlers();
  expect((await client().fetchGatewayConfigurations(target)).invoice).toBeUndefined();
});

test('sends the public project ID, the filter and the target ids in the query, and no header that needs a preflight', async () => {
  await client().fetchGatewayConfigurations(target, { filter: 'card-payments' });
  const request = requests[0];
  expect(
    [...(request?.headers.keys() ?? [])].filter((name) => !['accept', 'accept-language'].includes(name)),
  ).toEqual([]);
  const query = new URL(request?.url ?? '').searchParams;
  expect(Object.fromEntries(query)).toEqual({
    filter: 'card-payments',
    customer_id: 'cust_1',
    token_id: 'tok_1',
    project_id: projectId,
  });
});

test('defaults the filter per target and sends invoice_id for invoices', async () => {
  const c = client();
  await c.fetchGatewayConfigurations(target);
  await c.fetchGatewayConfigurations({ invoiceId: 'iv_1' });
  expect(new URL(requests[0]?.url ?? '').searchParams.get('filter')).toBe(
    'alternative-payment-methods-with-tokenization',
  );
  expect(Object.fromEntries(new URL(requests[1]?.url ?? '').searchParams)).toEqual({
    filter: 'alternative-payment-methods',
    invoice_id: 'iv_1',
    project_id: projectId,
  });
});

test('makes one request per target and filter', async () => {
  const c = client();
  await Promise.all([c.fetchGatewayConfigurations(target), c.fetchGatewayConfigurations(target)]);
  await c.fetchGatewayConfigurations(target);
  expect(requests).toHaveLength(1);
  await c.fetchGatewayConfigurations({ customerId: 'cust_2', tokenId: 'tok_1' });
  expect(requests).toHaveLength(2);
});

test('shares one request per page between clients of the same project', async () => {
  await client().fetchGatewayConfigurations(target);
  await client().fetchGatewayConfigurations(target);
  expect(requests).toHaveLength(1);
});

test('throws InvalidOptionsError at once for an unknown filter, showing the accepted ones', () => {
  expect(() => client().fetchGatewayConfigurations(target, { filter: 'apms' as 'card-payments' })).toThrow(
    /filter must be one of alternative-payment-methods, .*card-payments\. Expected fetchGatewayConfigurations/,
  );
  expect(requests).toHaveLength(0);
});

test('rejects with UnauthorizedError on 403', async () => {
  fail(403, { success: false, error_type: 'request.forbidden', message: 'Not yours' });
  await expect(client().fetchGatewayConfigurations(target)).rejects.toMatchObject({
    code: 'request.unauthorized',
    message: 'Not yours (request.forbidden)',
  });
});

test('rejects with GatewayUnavailableError on a 200 without success: true', async () => {
  fail(200, { success: false, message: 'Half-broken proxy' });
  await expect(client().fetchGatewayConfigurations(target)).rejects.toMatchObject({
    code: 'gateway.unavailable',
  });
});

test('rejects with GatewayUnavailableError on a body that is not JSON', async () => {
  server.use(
    http.get(
      `${API}/gateway-configurations`,
      () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 200 }),
    ),
  );
  await expect(client().fetchGatewayConfigurations(target)).rejects.toMatchObject({
    code: 'gateway.unavailable',
    message: 'HTTP 502',
  });
});

test('rejects with UnauthorizedError on 401', async () => {
  fail(401, { success: false, error_type: 'request.authentication.invalid', message: 'Bad project' });
  await expect(client().fetchGatewayConfigurations(target)).rejects.toMatchObject({
    name: 'UnauthorizedError',
    code: 'request.unauthorized',
    message: expect.stringContaining('Bad project'),
  });
});

test('rejects with ValidationError on 400', async () => {
  fail(400, { success: false, error_type: 'request.validation.error', message: 'Unknown customer' });
  await expect(client().fetchGatewayConfigurations(target)).rejects.toMatchObject({
    code: 'request.validation-error',
  });
});

test('rejects with GatewayUnavailableError on 500', async () => {
  fail(500, { success: false, error_type: 'internal', message: 'Boom' });
  await expect(client().fetchGatewayConfigurations(target)).rejects.toMatchObject({
    code: 'gateway.unavailable',
  });
});

test('rejects with NetworkError, keeping the cause, when the request fails', async () => {
  server.use(http.get(`${API}/gateway-configurations`, () => HttpResponse.error()));
  const error = await client()
    .fetchGatewayConfigurations(target)
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ name: 'NetworkError', code: 'network.error' });
  expect((error as Error).cause).toBeDefined();
});

test('does not cache a failure, so a retry sends a new request', async () => {
  fail(500, { success: false, message: 'Boom' });
  const c = client();
  await c.fetchGatewayConfigurations(target).catch(() => {});
  server.resetHandlers();
  await expect(c.fetchGatewayConfigurations(target)).resolves.toHaveLength(1);
  expect(requests).toHaveLength(1);
});

test('rejects with the signal reason when the caller aborts', async () => {
  const controller = new AbortController();
  const pending = client().fetchGatewayConfigurations(target, { signal: controller.signal });
  controller.abort(new Error('gone'));
  await expect(pending).rejects.toThrow('gone');
});

test('throws InvalidOptionsError for a target without ids', () => {
  expect(() => client().fetchGatewayConfigurations({} as typeof target)).toThrow(/customerId and tokenId/);
  vi.restoreAllMocks();
});
