import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, expect, test, vi } from 'vitest';
import * as Paydrop from '../../src/index.js';

const API = 'http://127.0.0.1:4010';
/** What each state's hosted page decided, as the sandbox's flow relay answers it. */
const decided = new Map<string, Record<string, string>>();
const server = setupServer(
  http.get(`${API}/checkout/flows/:state`, ({ params }) =>
    HttpResponse.json({ success: true, flow: decided.get(String(params.state)) ?? { status: 'pending' } }),
  ),
  http.get(`${API}/gateway-configurations`, () =>
    HttpResponse.json({
      success: true,
      gateway_configurations: [
        {
          id: 'gway_conf_1',
          name: 'Demo',
          enabled: true,
          default_currency: 'EUR',
          gateway: { name: 'demo', display_name: 'Demo Pay', logo_url: '', flows: [] },
        },
      ],
    }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  decided.clear();
  server.resetHandlers();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
  localStorage.clear();
});
afterAll(() => server.close());

/** The browser sample of the ProcessOut "Saving APM tokens" seed, byte for byte. */
const SEED = `client.fetchGatewayConfigurations({
customerID: "cust_C4hZXQTU0aWoYeenHYC0DektYDqf8ocj",
tokenID: "tok_fKK4btSG7wd13ZZaevzhMcuNbpjcu1Zy",
filter: "alternative-payment-methods-with-tokenization"
}, processoutAPMsReady, function(err) {
console.log("Woops, couldn't fetch APMs: "+err);
});
var configFunctions = [];
function createHandler(i, conf) {
return function(){
conf.handleCustomerTokenAction(function(token) {
// The customer completed the gateway tokenization flow, so
// we can now send the token back to our server.
document.getElementById("success").innerHTML = "Success! Token "+token+" on customer "+document.getElementById('customer-id').value;
}, function(err) {
// An error occured during tokenization. This could just be that the
// customer canceled the tokenization, or it could be an error with
// the payment gateway.
document.getElementById("errors").innerHTML = err.message;
});
}
}
function processoutAPMsReady(confs) {
var formWrapper = document.getElementById("apms-payment-form");
var elements = [];
for (var i = 0; i < confs.length; i++) {
var el = document.createElement("div");
el.className = "my-apm-link";
el.innerHTML = "Save payment details with " + confs[i].gateway.display_name;
configFunctions[i] = createHandler(i, confs[i]);
// Inject our APM element into the form.
formWrapper.appendChild(el);
elements[i] = el;
}
for (var i = 0; i < confs.length; i++) {
(function () {
var k = i;
elements[k].addEventListener("click", function() {
configFunctions[k]();
});
}());
}
}`;

/** Runs the seed as a classic script would, with `client` in scope. */
function seedCode(client: Paydrop.Client): void {
  new Function('client', SEED)(client);
}

function page() {
  document.body.innerHTML = `<input id="customer-id" value="cust_C4hZXQTU0aWoYeenHYC0DektYDqf8ocj">
    <div id="apms-payment-form"></div><p id="success"></p><p id="errors"></p>`;
}

async function renderedLink() {
  await vi.waitFor(() => expect(document.querySelector('.my-apm-link')).not.toBeNull());
  return document.querySelector<HTMLElement>('.my-apm-link');
}

test('the seed code lists the APMs and reports the token after a successful popup', async () => {
  page();
  const popup = { closed: false, close: vi.fn() };
  const open = vi.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
  seedCode(new Paydrop.Client('test-proj_gAO1Uu0ysZJvDuUpOGPkUBeE3pGalk3x'));
  const link = await renderedLink();
  expect(link?.textContent).toBe('Save payment details with Demo Pay');
  link?.click();
  // The click handler must have opened the popup synchronously.
  expect(open).toHaveBeenCalledTimes(1);
  const state = new URL(String(open.mock.lastCall?.[0])).searchParams.get('state');
  decided.set(String(state), { status: 'success', token: 'gway_req_seed' });
  const data = JSON.stringify({
    namespace: 'processout.checkout',
    action: 'success',
    data: 'gway_req_seed',
    state,
  });
  window.dispatchEvent(
    new MessageEvent('message', { data, origin: API, source: popup as unknown as Window }),
  );
  await vi.waitFor(() =>
    expect(document.getElementById('success')?.innerHTML).toBe(
      'Success! Token gway_req_seed on customer cust_C4hZXQTU0aWoYeenHYC0DektYDqf8ocj',
    ),
  );
});

test('the seed code shows the error message when the customer declines', async () => {
  page();
  const popup = { closed: false, close: vi.fn() };
  const open = vi.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
  seedCode(new Paydrop.Client('test-proj_gAO1Uu0ysZJvDuUpOGPkUBeE3pGalk3x'));
  (await renderedLink())?.click();
  const state = new URL(String(open.mock.lastCall?.[0])).searchParams.get('state');
  decided.set(String(state), { status: 'error', error_code: 'gateway.declined' });
  const data = JSON.stringify({
    namespace: 'processout.checkout',
    action: 'error',
    code: 'gateway.declined',
    state,
  });
  window.dispatchEvent(
    new MessageEvent('message', { data, origin: API, source: popup as unknown as Window }),
  );
  await vi.waitFor(() =>
    expect(document.getElementById('errors')?.innerHTML).toBe('Provider error: gateway.declined'),
  );
});

test('the fetch error callback receives a PaydropError with a readable string form', async () => {
  server.use(
    http.get(`${API}/gateway-configurations`, () =>
      HttpResponse.json({ success: false, message: 'No' }, { status: 401 }),
    ),
  );
  const onError = vi.fn();
  new Paydrop.Client('test-proj_x').fetchGatewayConfigurations(
    { customerID: 'c', tokenID: 't' },
    vi.fn(),
    onError,
  );
  await vi.waitFor(() => expect(onError).toHaveBeenCalled());
  expect(`${onError.mock.lastCall?.[0]}`).toBe('UnauthorizedError: No');
});

test('handleInvoiceAction pays an invoice fetched with invoiceID', async () => {
  const popup = { closed: false, close: vi.fn() };
  const open = vi.spyOn(window, 'open').mockImplementation(() => popup as unknown as Window);
  const confs = await new Promise<Paydrop.CompatGatewayConfiguration[]>((resolve, reject) =>
    new Paydrop.Client('test-proj_x').fetchGatewayConfigurations({ invoiceID: 'iv_1' }, resolve, reject),
  );
  const onToken = vi.fn();
  confs[0]?.handleInvoiceAction(onToken, vi.fn());
  const url = new URL(String(open.mock.lastCall?.[0]));
  expect(url.pathname).toBe('/checkout/test-proj_x/iv_1/redirect/gway_conf_1');
  const state = url.searchParams.get('state');
  decided.set(String(state), { status: 'success', token: 'gway_req_iv' });
  const data = JSON.stringify({
    namespace: 'processout.checkout',
    action: 'success',
    data: 'gway_req_iv',
    state,
  });
  window.dispatchEvent(
    new MessageEvent('message', { data, origin: API, source: popup as unknown as Window }),
  );
  await vi.waitFor(() => expect(onToken).toHaveBeenCalledWith('gway_req_iv'));
});

test('the e2e page pastes the seed byte for byte', () => {
  const here = dirname(fileURLToPath(import.meta.url));
  const html = readFileSync(join(here, '../../../../e2e/pages/processout-compat.html'), 'utf8');
  const pasted = /<script type="text\/plain" id="processout-sample">\n([\s\S]*?)\n<\/script>/.exec(html)?.[1];
  expect(pasted).toBe(SEED);
});

test('an action of the other kind reports InvalidOptionsError through onError, not a throw', async () => {
  const confs = await new Promise<Paydrop.CompatGatewayConfiguration[]>((resolve, reject) =>
    new Paydrop.Client('test-proj_x').fetchGatewayConfigurations({ invoiceID: 'iv_1' }, resolve, reject),
  );
  const onError = vi.fn();
  const open = vi.spyOn(window, 'open');
  expect(() => confs[0]?.handleCustomerTokenAction(vi.fn(), onError)).not.toThrow();
  expect(onError.mock.lastCall?.[0]).toMatchObject({
    code: 'widget.invalid-options',
    message: 'This configuration was fetched without customerID/tokenID',
  });
  expect(open).not.toHaveBeenCalled();
});
